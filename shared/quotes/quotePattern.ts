import { quoteWords } from './quoteWords';

/**
 * A quotation as journalists write it, read as a pattern over the source's words:
 * - an ellipsis ("…", "...", ". . .", "[…]", "(…)") stands for left-out words: the pieces either
 *   side must appear in the source in order, with anything between them;
 * - a bracketed insertion ("[the president]") stands in for up to MAX_WILD words (or none);
 * - a bracketed letter glued to a word ("[t]he") only changes the case of that word;
 * - the first word of each piece may differ in case (a quotation often starts mid-sentence).
 */
export interface PatternWord {
  word: string;
  lower: string;
  anyCase: boolean;
}

/** Words that must be next to each other in the source; `wildBefore` words may come before it. */
export interface PatternChunk {
  words: PatternWord[];
  wildBefore: number;
}

/** One piece between ellipses: chunks separated by bracketed insertions. */
export interface PatternSegment {
  chunks: PatternChunk[];
  /** The piece's own words as written, brackets left out, for the approximate search. */
  plain: string;
}

export interface QuotePattern {
  segments: PatternSegment[];
  /** How many words the quotation itself contributes (not counting insertions). */
  wordCount: number;
}

/** Words a bracketed insertion may stand in for. */
export const MAX_WILD = 6;
/** Longer bracketed text is not an insertion but part of the quotation. */
const MAX_BRACKET = 80;

type Piece = { kind: 'text'; text: string; caseAt: number[] } | { kind: 'gap' } | { kind: 'wild' };

const isEllipsis = (inner: string): boolean => /^\s*(?:…|\.\s?\.\s?\.)\s*$/.test(inner);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /^[\p{L}\p{N}]$/u.test(ch);

/** Length of an ellipsis written at `i` (0 when there is none). */
function ellipsisAt(text: string, i: number): number {
  if (text[i] === '…') return 1;
  if (text.startsWith('...', i)) return 3;
  if (text.startsWith('. . .', i)) return 5;
  return 0;
}

/** Splits the quotation into literal text, gaps and insertions in one pass. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let buffer = '';
  let caseAt: number[] = [];
  const flush = (): void => {
    if (buffer) out.push({ kind: 'text', text: buffer, caseAt });
    buffer = '';
    caseAt = [];
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '[' || ch === '(') {
      const close = text.indexOf(ch === '[' ? ']' : ')', i + 1);
      const inner = close > i ? text.slice(i + 1, close) : '';
      if (close > i && close - i <= MAX_BRACKET && !inner.includes('[')) {
        if (isEllipsis(inner)) {
          flush();
          out.push({ kind: 'gap' });
          i = close + 1;
          continue;
        }
        if (ch === '[' && inner.length <= 3 && isLetter(inner[0]) && isLetter(text[close + 1])) {
          caseAt.push(buffer.length);
          buffer += inner;
          i = close + 1;
          continue;
        }
        if (ch === '[') {
          flush();
          out.push({ kind: 'wild' });
          i = close + 1;
          continue;
        }
      }
    }
    const dots = ellipsisAt(text, i);
    if (dots > 0) {
      flush();
      out.push({ kind: 'gap' });
      i += dots;
      continue;
    }
    buffer += ch;
    i++;
  }
  flush();
  return out;
}

/** Reads a quotation (without its quotation marks) as a pattern. */
export function parseQuotePattern(text: string): QuotePattern {
  const segments: PatternSegment[] = [];
  let chunks: PatternChunk[] = [];
  let plain: string[] = [];
  let wild = 0;
  let wordCount = 0;
  const endSegment = (): void => {
    if (chunks.length > 0) segments.push({ chunks, plain: plain.join(' ').trim() });
    chunks = [];
    plain = [];
    wild = 0;
  };
  for (const piece of pieces(text)) {
    if (piece.kind === 'gap') endSegment();
    else if (piece.kind === 'wild') wild += chunks.length > 0 ? MAX_WILD : 0;
    else {
      const words = quoteWords(piece.text).map((w) => ({
        word: w.word,
        lower: w.lower,
        anyCase: piece.caseAt.some((at) => at >= w.start && at < w.end),
      }));
      if (words.length === 0) continue;
      if (chunks.length === 0 && words[0]) words[0].anyCase = true;
      chunks.push({ words, wildBefore: wild });
      plain.push(piece.text.trim());
      wordCount += words.length;
      wild = 0;
    }
  }
  endSegment();
  return { segments, wordCount };
}
