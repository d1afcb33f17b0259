import { parsePage } from '../../dom/parsePage';
import type { Element } from '../../dom/domTypes';

export interface DocxBlock {
  kind: 'p' | 'h' | 'li' | 'quote';
  text: string;
  /** Heading level (1–6) for `h`, so the caller can tell a title from a subheading. */
  level?: number;
}

const NOTE_ITEM = /^(?:footnote|endnote)-\d+$/;
const NOTE_LINK = /^#(?:footnote|endnote)-\d+$/;

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text of an element without the given descendants (nested lists, back-links). */
function textWithout(el: Element, selector: string): string {
  const copy = el.cloneNode(true) as Element;
  for (const drop of copy.querySelectorAll(selector)) drop.remove();
  return clean(copy.textContent);
}

const isList = (el: Element): boolean => /^(?:ul|ol)$/i.test(el.tagName);

function walk(elements: Iterable<Element>, blocks: DocxBlock[]): void {
  const push = (kind: DocxBlock['kind'], text: string, level?: number): void => {
    if (text) blocks.push(level === undefined ? { kind, text } : { kind, text, level });
  };
  for (const el of elements) {
    const tag = el.tagName.toLowerCase();
    if (/^h[1-6]$/.test(tag)) push('h', clean(el.textContent), Number(tag[1]));
    else if (tag === 'p') push('p', clean(el.textContent));
    else if (tag === 'blockquote') {
      const paragraphs = el.querySelectorAll('p');
      if (paragraphs.length === 0) push('quote', clean(el.textContent));
      for (const p of paragraphs) push('quote', clean(p.textContent));
    } else if (isList(el)) {
      if ([...el.children].some((li) => NOTE_ITEM.test(li.id))) continue;
      for (const li of el.children) {
        push('li', textWithout(li, 'ul, ol'));
        walk([...li.children].filter(isList), blocks);
      }
    } else if (tag === 'table') {
      for (const row of el.querySelectorAll('tr')) {
        push(
          'p',
          [...row.children]
            .map((cell) => clean(cell.textContent))
            .filter(Boolean)
            .join(' | '),
        );
      }
    } else walk(el.children, blocks);
  }
}

/**
 * Turns mammoth's HTML into blocks plus footnotes. Mammoth writes notes as a trailing list
 * of `li#footnote-N`; each body reference becomes `[k]`, k being the note's place in `footnotes`.
 */
export function htmlToBlocks(html: string): { blocks: DocxBlock[]; footnotes: string[] } {
  const document = parsePage(`<!doctype html><html><body>${html}</body></html>`);
  const footnotes: string[] = [];
  const numberOf = new Map<string, number>();
  for (const li of document.querySelectorAll('li[id]')) {
    if (!NOTE_ITEM.test(li.id)) continue;
    footnotes.push(textWithout(li, 'a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]'));
    numberOf.set(li.id, footnotes.length);
  }
  for (const link of document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    const number = NOTE_LINK.test(href) ? numberOf.get(href.slice(1)) : undefined;
    if (number !== undefined) link.textContent = `[${number}]`;
  }
  const blocks: DocxBlock[] = [];
  walk(document.body?.children ?? [], blocks);
  return { blocks, footnotes };
}
