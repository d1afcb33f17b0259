import { collapseSpaces } from '../../../shared/import/normalizeText';
import type { BlockKind, CandidateBlock } from '../../../shared/import/types';
import type { Element, Node } from '../../dom/domTypes';

const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG BUTTON INPUT SELECT TEXTAREA IFRAME OBJECT EMBED CANVAS VIDEO AUDIO IMG PICTURE SOURCE HEAD TITLE META LINK'.split(
    ' ',
  ),
);
const BLOCK = new Set(
  'P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE NAV UL OL DL TABLE THEAD TBODY TFOOT TR TD TH CAPTION FORM FIELDSET ADDRESS CENTER PRE HR BODY HTML DETAILS SUMMARY DIALOG'.split(
    ' ',
  ),
);
const HEADING = /^H[1-6]$/;
/** Fewest lines split by line breaks in one paragraph that read as a list rather than a byline and date. */
const MIN_LINES = 3;
/** Share of a line inside a link from which the line is the link itself, not a wrapped sentence's next part. */
const WHOLE_LINK = 0.9;

/**
 * Turns an element's visible text into paragraphs, subheadings, list items and quotes, noting
 * link density. Figure captions come out in place, flagged, so cleanup can cut them in order.
 */
// Long because one walk of the tree keeps the open block's state in locals.
export function domBlocks(root: Element, cut: readonly string[] = []): CandidateBlock[] {
  const blocks: CandidateBlock[] = [];
  let text = '';
  let linkText = '';
  let kind: BlockKind = 'p';
  let inLink = 0;
  // Lines of one paragraph split by <br> share a group; cells of a data table are list-like outright.
  let group = 0;
  let inDataTable = 0;
  let inComments = 0;
  const groupOf: number[] = [];

  const flush = (lineBreak = false) => {
    const clean = collapseSpaces(text);
    if (clean) {
      const links = collapseSpaces(linkText).length;
      const block: CandidateBlock = { kind, text: clean, linkDensity: Math.min(1, links / clean.length) };
      if (inDataTable > 0) block.listLike = 'cell';
      if (inComments > 0) block.furniture = 'comments';
      blocks.push(block);
      groupOf.push(group);
    }
    if (!lineBreak) group += 1;
    text = '';
    linkText = '';
  };
  const walk = (node: Node, context: BlockKind) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!text.trim()) kind = context;
        const data = child.nodeValue ?? '';
        text += data;
        if (inLink > 0) linkText += data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || el.hasAttribute('hidden')) continue;
      if ((tag === 'FIGURE' && !el.querySelector('blockquote')) || tag === 'FIGCAPTION') {
        flush();
        const caption = collapseSpaces(el.textContent ?? '');
        if (caption) blocks.push({ kind: 'p', text: caption, furniture: 'caption' });
      } else if (tag === 'S-CUT') {
        // Navigation, sidebar or footer cut before parsing: recorded in place, never article text.
        flush();
        const text = cut[Number(el.getAttribute('n'))];
        if (text) blocks.push({ kind: 'p', text, furniture: 'chrome' });
      } else if (tag === 'BR') {
        flush(true);
      } else if (tag === 'TABLE' && !el.querySelector('table')) {
        // A table with no table inside holds data (results, specifications), not the page's layout.
        flush();
        inDataTable += 1;
        walk(el, context === 'h' ? 'p' : context);
        inDataTable -= 1;
        flush();
      } else if (HEADING.test(tag)) {
        flush();
        walk(el, 'h');
        flush();
      } else if (tag === 'LI' || tag === 'DT' || tag === 'DD') {
        flush();
        walk(el, context === 'quote' ? 'quote' : 'li');
        flush();
      } else if (tag === 'BLOCKQUOTE') {
        flush();
        walk(el, 'quote');
        flush();
      } else if (BLOCK.has(tag) || tag === 'FIGURE') {
        flush();
        const comments = isCommentSection(el);
        inComments += comments ? 1 : 0;
        walk(el, context === 'h' ? 'p' : context);
        flush();
        inComments -= comments ? 1 : 0;
      } else if (tag === 'A') {
        inLink += 1;
        walk(el, context);
        inLink -= 1;
      } else {
        walk(el, context);
      }
    }
  };
  walk(root, 'p');
  flush();
  markLineGroups(blocks, groupOf);
  return blocks;
}

// The readers' comments section as blogging platforms mark it up (the id or class Readability
// also reads as "unlikely"): markup names, the same whatever the page's language.
const COMMENT_SECTION = /^(?:comments?|comment-?list|comments-(?:area|section|wrapper)|disqus_thread)$/i;

function isCommentSection(el: Element): boolean {
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  return names.length < 500 && names.split(/\s+/).some((name) => COMMENT_SECTION.test(name));
}

/**
 * Blocks of a group of at least MIN_LINES lines split by line breaks become list-like, unless a
 * line after the first starts in lower case: then the breaks wrap one sentence ("To read on<br>and
 * get three free articles,<br>create an account"), not items of a list. A line that is wholly a
 * link (an address under each item) does not count as such a continuation.
 */
function markLineGroups(blocks: CandidateBlock[], groupOf: readonly number[]): void {
  const size = new Map<number, number>();
  const wrapped = new Set<number>();
  groupOf.forEach((g, i) => {
    size.set(g, (size.get(g) ?? 0) + 1);
    // A line that is all link (an address, a link's label) stands on its own whatever its case.
    const continues = /^\p{Ll}/u.test(blocks[i]!.text) && (blocks[i]!.linkDensity ?? 0) < WHOLE_LINK;
    if (i > 0 && groupOf[i - 1] === g && continues) wrapped.add(g);
  });
  blocks.forEach((b, i) => {
    const g = groupOf[i]!;
    if ((size.get(g) ?? 0) >= MIN_LINES && !wrapped.has(g)) b.listLike ??= 'line';
  });
}
