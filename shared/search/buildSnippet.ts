import { forEachToken } from './tokenize';
import type { SnippetPart } from './types';

/** What to mark, each tied to the query clause it answers (clauses are numbered from 0). */
export interface MarkSpec {
  /** Indexed word → clause. */
  terms: ReadonlyMap<string, number>;
  /** Phrases, marked only where their words appear together. */
  phrases: ReadonlyArray<{ words: readonly string[]; clause: number }>;
  /** How many clauses; a window showing every one of them is as good as it gets. */
  clauses: number;
}

/** Words shown in a snippet, and how many of them may come before the first match. */
export const SNIPPET_WORDS = 28;
const LEAD_WORDS = 5;
const ELLIPSIS = '\u2026';
/**
 * Bounds on the work for one snippet, whatever the text: a snippet is built on the main thread
 * for every hit, and a hit may be a pasted book or one 400,000-character line. Past these, the
 * best window among what was read is shown (the hit itself is found by the index, not here).
 */
const SCAN_TOKENS = 20_000;
const MAX_MATCHES = 512;
/** How far past the window the text is looked at for the punctuation stuck to its last word. */
const TAIL_CHARS = 64;

interface Tokens {
  terms: string[];
  starts: number[];
  ends: number[];
  marks: number[];
  /** Token index and clause of each match, in order. */
  events: number[];
}

const bit = (clause: number): number => 1 << (clause & 31);

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** Clauses (as a bit mask) and matches shown by the window starting at token `start`. */
function windowScore(events: number[], start: number, width: number): [number, number] {
  let mask = 0;
  let count = 0;
  for (let e = 0; e < events.length; e += 2) {
    const at = events[e] ?? 0;
    if (at >= start && at < start + width) {
      mask |= bit(events[e + 1] ?? 0);
      count++;
    }
  }
  return [popcount(mask), count];
}

/**
 * Tokenizes `text` only as far as needed: once a window holding every clause is found, the
 * words up to its end are enough. Returns the tokens and where the window starts (-1: none).
 */
function scan(text: string, spec: MarkSpec | null, width: number): { tokens: Tokens; from: number } {
  const tokens: Tokens = { terms: [], starts: [], ends: [], marks: [], events: [] };
  const { terms, starts, ends, marks, events } = tokens;
  const reach = width - LEAD_WORDS;
  let stopAt = spec ? -1 : width;
  let from = spec ? -1 : 0;
  forEachToken(text, (term, start, end) => {
    const i = terms.length;
    terms.push(term);
    starts.push(start);
    ends.push(end);
    marks.push(0);
    if (stopAt >= 0) return i + 1 >= stopAt;
    if (!spec) return false;
    if (i + 1 >= SCAN_TOKENS || events.length >= 2 * MAX_MATCHES) return true;
    const before = events.length;
    const clause = spec.terms.get(term);
    if (clause !== undefined) {
      marks[i] = 1;
      events.push(i, clause);
    }
    for (const phrase of spec.phrases) {
      const first = i - phrase.words.length + 1;
      if (first < 0 || phrase.words[phrase.words.length - 1] !== term) continue;
      if (phrase.words.every((w, k) => terms[first + k] === w)) {
        marks.fill(1, first, i + 1);
        events.push(first, phrase.clause);
      }
    }
    if (events.length === before) return false;
    let mask = 0;
    let earliest = i;
    for (let e = events.length - 2; e >= 0 && (events[e] ?? 0) > i - reach; e -= 2) {
      mask |= bit(events[e + 1] ?? 0);
      earliest = Math.min(earliest, events[e] ?? 0);
    }
    if (popcount(mask) < Math.min(spec.clauses, 31)) return false;
    from = Math.max(0, earliest - LEAD_WORDS);
    stopAt = from + width;
    return i + 1 >= stopAt;
  });
  if (from < 0 && events.length) {
    let best: [number, number] = [0, 0];
    for (let e = 0; e < events.length; e += 2) {
      const start = Math.max(0, (events[e] ?? 0) - LEAD_WORDS);
      const score = windowScore(events, start, width);
      if (score[0] > best[0] || (score[0] === best[0] && score[1] > best[1])) {
        best = score;
        from = start;
      }
    }
  }
  return { tokens, from };
}

// Most gaps between words are one space; only the others need the regex.
const tidy = (text: string): string => (text === ' ' ? text : text.replace(/\s+/g, ' '));
const blank = (text: string): boolean => text === ' ' || /^\s*$/.test(text);

function partsOf(text: string, tokens: Tokens, from: number, to: number): SnippetPart[] {
  const { starts, ends, marks } = tokens;
  const parts: SnippetPart[] = [];
  const push = (piece: string, match: boolean): void => {
    if (!piece) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  };
  let cursor = from > 0 ? (starts[from] ?? 0) : 0;
  if (from > 0) push(ELLIPSIS, false);
  for (let i = from; i < to; i++) {
    const start = starts[i] ?? 0;
    const match = marks[i] === 1;
    // The gap between two marked words of a phrase joins their mark.
    const gap = text.slice(cursor, start);
    push(tidy(gap), match && i > from && marks[i - 1] === 1 && blank(gap));
    push(text.slice(start, ends[i] ?? 0), match);
    cursor = ends[i] ?? 0;
  }
  // Tokenizing may have stopped early, so look for words after the window in the text itself.
  const restEnd = to < starts.length ? (starts[to] ?? text.length) : text.length;
  const rest = text.slice(cursor, Math.min(restEnd, cursor + TAIL_CHARS));
  const more = to < starts.length || restEnd > cursor + TAIL_CHARS || /[\p{L}\p{N}]/u.test(rest);
  // Keep the punctuation stuck to the last word ("said." not "said").
  push(more ? (rest.split(/\s/, 1)[0] ?? '') : tidy(rest).trimEnd(), false);
  if (more) push(ELLIPSIS, false);
  if (parts[0] && !parts[0].match) parts[0].text = parts[0].text.trimStart();
  return parts.filter((part) => part.text.length > 0);
}

/**
 * A short excerpt of `text` around the first window showing every clause of the query (or
 * else the one showing most), with matched words as `match` parts; null when nothing matches.
 */
export function buildSnippet(text: string, spec: MarkSpec, words = SNIPPET_WORDS): SnippetPart[] | null {
  const { tokens, from } = scan(text, spec, words);
  if (from < 0) return null;
  return partsOf(text, tokens, from, Math.min(tokens.terms.length, from + words));
}

/** The opening words of `text`, unmarked. */
export function plainSnippet(text: string, words = SNIPPET_WORDS): SnippetPart[] {
  const { tokens } = scan(text, null, words);
  return partsOf(text, tokens, 0, Math.min(tokens.terms.length, words));
}
