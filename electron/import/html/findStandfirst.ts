import { classifyChrome } from '../../../shared/import/classifyChrome';
import { capitalRatio, wordsOf } from '../../../shared/import/lineShape';
import { collapseSpaces } from '../../../shared/import/normalizeText';
import { readMetaLine } from '../../../shared/import/readMetaLine';
import type { Element, Node } from '../../dom/domTypes';
import type { PageIndex } from './indexPage';

/** Longer than any standfirst: reading stops here, so a container holding the page costs nothing. */
const MAX_CHARS = 1200;

/** The element's text, or '' once it passes MAX_CHARS (a standfirst is short). */
function shortText(el: Element): string {
  let text = '';
  // Depth-first by sibling links with an explicit stack: stops as soon as the text is too long.
  const stack: Array<Node | null> = [el.firstChild];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) continue;
    stack.push(node.nextSibling);
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      if (text.length > MAX_CHARS) return '';
    } else if (node.nodeType === 1) stack.push(node.firstChild);
  }
  return text;
}

/**
 * The summary paragraph printed right under the headline (standfirst/dek), which reader views
 * often drop with the page header. Looks only at the few elements that follow the <h1>.
 */
export function findStandfirst(index: PageIndex, capturedAt: string): string | null {
  const scope = index.article ?? index.main;
  const h1 = index.h1s.find((el) => scope?.contains(el)) ?? index.h1s[0];
  let el = h1?.nextElementSibling ?? null;
  for (let step = 0; el && step < 3; step += 1, el = el.nextElementSibling) {
    // A standfirst is one short element; skip containers before reading their (possibly huge) text.
    if (
      !/^(P|DIV|H2|SPAN)$/.test(el.tagName.toUpperCase()) ||
      el.children.length > 4 ||
      el.querySelector('img, figure, ul, ol')
    )
      continue;
    const text = collapseSpaces(shortText(el));
    const words = wordsOf(text);
    if (words.length === 0 || classifyChrome(text) || readMetaLine(text, capturedAt)) continue;
    if (words.length >= 8 && words.length <= 60 && capitalRatio(text) < 0.6) return text;
  }
  return null;
}
