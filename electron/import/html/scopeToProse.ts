import { classifyChrome } from '../../../shared/import/classifyChrome';
import type { Document, Element } from '../../dom/domTypes';

/** Share of the page's prose the kept subtree must hold; high, so a story split across boxes stays whole. */
const SHARE = 0.9;
const MIN_CHARS = 200;
const PROSE = /[.!?…]["'”’»)]?(\s|$)/u;

/** Characters of running text directly inside an element (its own text nodes, not its children's). */
function ownProse(el: Element): number {
  let chars = 0;
  for (let node = el.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3) chars += (node.nodeValue ?? '').trim().length;
  if (chars < 80) return 0;
  const text = el.textContent ?? '';
  // Cookie notices and promo boxes read like prose but must not pull the scope away from the story.
  return PROSE.test(text) && classifyChrome(text) === null ? chars : 0;
}

/**
 * Narrows the page to the smallest element holding nearly all of its running prose, removing
 * everything beside it, so Readability scores the story rather than menus, link grids and
 * footers. Does nothing when the prose is spread out or too short to judge.
 */
export function scopeToProse(document: Document): void {
  const body = document.body;
  if (!body) return;
  const prose = new Map<Element, number>();
  let total = 0;
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const chars = ownProse(el);
    if (chars === 0) continue;
    total += chars;
    for (let up: Element | null = el; up && up !== body; up = up.parentElement)
      prose.set(up, (prose.get(up) ?? 0) + chars);
  }
  if (total < MIN_CHARS) return;
  let root: Element = body;
  for (;;) {
    const next = Array.from(root.children).find((child) => (prose.get(child) ?? 0) >= total * SHARE);
    if (!next) break;
    root = next;
  }
  for (let node: Element = root; node !== body && node.parentElement; node = node.parentElement) {
    for (const sibling of Array.from(node.parentElement.children)) if (sibling !== node) sibling.remove();
  }
}
