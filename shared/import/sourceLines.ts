import { stripMarkdownInline } from './markdownInline';
import { collapseSpaces } from './normalizeText';
import type { BlockKind } from './types';

export interface SourceLine {
  /** Text without list/heading/quote markers. */
  text: string;
  /** Kind implied by a marker, or null for a plain line; 'blank' separates paragraphs. */
  kind: BlockKind | 'blank' | null;
  /** Length as typed, used to recognise hard wrapping. */
  width: number;
}

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const LIST = /^\s*(?:[-*+•·▪●◦‣]|\d{1,3}[.)])\s+(\S.*)$/u;
const RULE = /^\s*([-*_=~])(\s*\1){2,}\s*$/;

/** Splits text into lines and reads structural markers; Markdown syntax is removed when `markdown` is set. */
export function sourceLines(text: string, markdown: boolean): SourceLine[] {
  const out: SourceLine[] = [];
  let inFence = false;
  for (const raw of text.split('\n')) {
    if (markdown && /^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    const width = raw.trimEnd().length;
    if (!inFence && RULE.test(raw)) {
      const prev = out[out.length - 1];
      // Setext underline: the line above is a heading.
      if (markdown && prev?.kind === null && /^\s*[=-]+\s*$/.test(raw)) prev.kind = 'h';
      out.push({ text: '', kind: 'blank', width: 0 });
      continue;
    }
    if (markdown && /^\s*\[[^\]]+\]:\s*\S+/.test(raw)) continue;
    let kind: SourceLine['kind'] = null;
    let body = raw;
    const h = markdown ? HEADING.exec(raw) : null;
    const q = markdown || /^\s{0,3}>\s/.test(raw) ? QUOTE.exec(raw) : null;
    const li = LIST.exec(raw);
    if (h) [kind, body] = ['h', h[2] ?? ''];
    else if (q) [kind, body] = ['quote', (q[1] ?? '').replace(/^(\s*>\s?)+/, '')];
    else if (li) [kind, body] = ['li', li[1] ?? ''];
    const clean = collapseSpaces(markdown ? stripMarkdownInline(body) : body);
    out.push(clean ? { text: clean, kind, width } : { text: '', kind: 'blank', width: 0 });
  }
  return out;
}
