import { classifyChrome } from './classifyChrome';
import { readMetaLine } from './readMetaLine';
import type { SourceLine } from './sourceLines';
import type { CandidateBlock } from './types';

/**
 * The width text was hard-wrapped at (e.g. 72), or Infinity when lines are paragraphs.
 * Wrapped text has most long lines bunched just under one width and none far beyond it.
 */
export function wrapWidth(lines: readonly SourceLine[]): number {
  const widths = lines.filter((l) => l.kind !== 'blank' && l.width >= 25).map((l) => l.width);
  if (widths.length < 6) return Infinity;
  widths.sort((a, b) => a - b);
  const p90 = widths[Math.floor(0.9 * (widths.length - 1))]!;
  if (p90 > 100 || p90 < 40) return Infinity;
  const near = widths.filter((w) => w >= p90 - 20 && w <= p90 + 5).length;
  if (near / widths.length < 0.5) return Infinity;
  return Math.max(...widths.filter((w) => w <= p90 + 5));
}

const firstWord = (text: string) => text.split(' ', 1)[0] ?? '';
// Only whether a line is a byline/date line matters here, not which date it names.
const CLOCK = '2000-01-01T00:00:00Z';

function continues(prev: SourceLine, next: SourceLine, width: number, markdown: boolean): boolean {
  if (prev.kind === 'h' || next.kind === 'h' || next.kind === 'li') return false;
  if (next.kind === 'quote' && prev.kind !== 'quote') return false;
  if (markdown) return true;
  if (width === Infinity) return false;
  // A wrapping editor breaks a line only when the next word would not have fitted.
  const full = prev.width + 1 + firstWord(next.text).length > width - 2;
  const midSentence = !/[.!?:"”’)]$/.test(prev.text) && /^\p{Ll}/u.test(next.text);
  if (prev.width < width * 0.5 || !(full || (midSentence && prev.width >= width * 0.6))) return false;
  // Furniture or a byline on its own line must not be glued onto the paragraph above.
  return midSentence || (classifyChrome(next.text) === null && readMetaLine(next.text, CLOCK) === null);
}

/** Joins hard-wrapped lines into paragraphs; marked lines (headings, list items, quotes) stay separate. */
export function buildParagraphs(lines: readonly SourceLine[], markdown: boolean): CandidateBlock[] {
  const width = markdown ? Infinity : wrapWidth(lines);
  const out: CandidateBlock[] = [];
  let prev: SourceLine | null = null;
  for (const line of lines) {
    if (line.kind === 'blank') {
      prev = null;
      continue;
    }
    const last = out[out.length - 1];
    if (prev && last && continues(prev, line, width, markdown)) {
      last.text = `${last.text} ${line.text}`.replace(/(\p{L})- (\p{Ll})/gu, '$1-$2');
    } else {
      out.push({ kind: line.kind ?? 'p', text: line.text });
    }
    prev = line;
  }
  return out;
}
