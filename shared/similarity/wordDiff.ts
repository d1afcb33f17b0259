import { DELETE, INSERT, myersDiff, type EditOp } from './myersDiff';
import { foldText, isFunctionWord } from './normalizeWords';
import { tidyDiff } from './tidyDiff';

/** One run of a word diff; 'same' and 'removed' runs rebuild the old text, 'same' and 'added' the new. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

// Words, runs of white space, and single other characters (punctuation, symbols), so a changed
// comma is marked on its own and every character of the input lands in exactly one token.
const TOKEN = /[\p{L}\p{N}\p{M}]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu;
/** Token comparisons one word diff may spend (Myers costs about (N + M)·D); above it, diff by sentence. */
const WORK = 5_000_000;
const MIN_EDITS = 64;
/** Also bounds memory: Myers keeps about MAX_EDITS² frontier entries for its walk back. */
const MAX_EDITS = 1000;

/** Word-level differences between two texts, bounded in time for texts of 20,000+ words. */
export function diffWords(a: string, b: string): DiffPart[] {
  const aTokens = a.match(TOKEN) ?? [];
  const bTokens = b.match(TOKEN) ?? [];
  const ids = new Map<string, number>();
  const intern = (tokens: string[]): Int32Array =>
    Int32Array.from(tokens, (t) => ids.get(t) ?? ids.set(t, ids.size).size - 1);
  const out = new Builder(aTokens, bTokens);
  diffRange(intern(aTokens), 0, aTokens.length, intern(bTokens), 0, bTokens.length, out, 'sentences');
  return tidyDiff(out.parts);
}

/** Accumulates parts from token ranges, merging neighbours of the same kind. */
class Builder {
  parts: DiffPart[] = [];
  constructor(
    readonly a: string[],
    readonly b: string[],
  ) {}
  push(op: DiffPart['op'], tokens: string[], from: number, to: number): void {
    if (to <= from) return;
    const text = tokens.slice(from, to).join('');
    const last = this.parts[this.parts.length - 1];
    if (last?.op === op) last.text += text;
    else this.parts.push({ op, text });
  }
}

/** What to do when a range has too many edits for a bounded Myers run. */
type Fallback = 'sentences' | 'pairs' | 'whole';

function diffRange(
  a: Int32Array,
  aFrom: number,
  aTo: number,
  b: Int32Array,
  bFrom: number,
  bTo: number,
  out: Builder,
  fallback: Fallback,
): void {
  // Common prefix and suffix cost nothing to find and shrink the Myers problem to the edits.
  let start = 0;
  while (aFrom + start < aTo && bFrom + start < bTo && a[aFrom + start] === b[bFrom + start]) start++;
  let end = 0;
  while (aTo - end > aFrom + start && bTo - end > bFrom + start && a[aTo - end - 1] === b[bTo - end - 1])
    end++;
  out.push('same', out.a, aFrom, aFrom + start);
  const [a0, a1, b0, b1] = [aFrom + start, aTo - end, bFrom + start, bTo - end];
  const size = a1 - a0 + (b1 - b0);
  const script =
    size === 0
      ? []
      : myersDiff(a, a0, a1, b, b0, b1, Math.max(MIN_EDITS, Math.min(MAX_EDITS, Math.floor(WORK / size))));
  if (script) emitScript(script, a0, b0, out);
  else if (fallback === 'sentences') diffBySentence(a, a0, a1, b, b0, b1, out);
  else if (fallback === 'pairs')
    pairSentences(a, sentenceStarts(out.a, a0, a1), b, sentenceStarts(out.b, b0, b1), out);
  else {
    out.push('removed', out.a, a0, a1);
    out.push('added', out.b, b0, b1);
  }
  out.push('same', out.a, aTo - end, aTo);
}

function emitScript(script: EditOp[], aAt: number, bAt: number, out: Builder): void {
  let i = aAt;
  let j = bAt;
  for (const op of script) {
    if (op === DELETE) out.push('removed', out.a, i, ++i);
    else if (op === INSERT) out.push('added', out.b, j, ++j);
    else {
      out.push('same', out.a, i, ++i);
      j++;
    }
  }
}

/**
 * Fallback for long, heavily changed texts (a spun copy changes every sentence): align
 * sentences by their function-word skeleton, which rewording leaves intact (see
 * shingleText.ts), then diff each aligned pair or changed group on its own, where D is small.
 */
function diffBySentence(
  a: Int32Array,
  a0: number,
  a1: number,
  b: Int32Array,
  b0: number,
  b1: number,
  out: Builder,
): void {
  const aUnits = sentenceStarts(out.a, a0, a1);
  const bUnits = sentenceStarts(out.b, b0, b1);
  const keys = new Map<string, number>();
  const unitIds = (tokens: string[], starts: number[]): Int32Array =>
    Int32Array.from(starts.slice(0, -1), (from, u) => {
      const key = skeleton(tokens, from, starts[u + 1] ?? from);
      return keys.get(key) ?? keys.set(key, keys.size).size - 1;
    });
  const aIds = unitIds(out.a, aUnits);
  const bIds = unitIds(out.b, bUnits);
  const script = myersDiff(aIds, 0, aIds.length, bIds, 0, bIds.length, MAX_EDITS);
  if (!script) {
    pairSentences(a, aUnits, b, bUnits, out);
    return;
  }
  let [u, w, groupU, groupW] = [0, 0, 0, 0];
  const flush = (): void => {
    const range = (units: number[], from: number, to: number): number[] => units.slice(from, to + 1);
    if (u - groupU === w - groupW)
      pairSentences(a, range(aUnits, groupU, u), b, range(bUnits, groupW, w), out);
    else
      diffRange(
        a,
        aUnits[groupU] ?? a1,
        aUnits[u] ?? a1,
        b,
        bUnits[groupW] ?? b1,
        bUnits[w] ?? b1,
        out,
        'pairs',
      );
  };
  for (const op of script) {
    if (op === DELETE) u++;
    else if (op === INSERT) w++;
    else {
      [u, w] = [u + 1, w + 1];
      flush();
      [groupU, groupW] = [u, w];
    }
  }
  flush();
}

/** A sentence's function words in order, or its folded text when it has too few to tell it apart. */
function skeleton(tokens: string[], from: number, to: number): string {
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const word = foldText(tokens[i] ?? '');
    if (isFunctionWord(word)) words.push(word);
  }
  return words.length >= 3 ? words.join(' ') : `=${foldText(tokens.slice(from, to).join(''))}`;
}

/** Diffs the k-th sentence of one side against the k-th of the other; leftovers are whole changes. */
function pairSentences(a: Int32Array, aUnits: number[], b: Int32Array, bUnits: number[], out: Builder): void {
  const pairs = Math.min(aUnits.length, bUnits.length) - 1;
  for (let k = 0; k < pairs; k++) {
    diffRange(a, aUnits[k] ?? 0, aUnits[k + 1] ?? 0, b, bUnits[k] ?? 0, bUnits[k + 1] ?? 0, out, 'whole');
  }
  out.push('removed', out.a, aUnits[pairs] ?? 0, aUnits[aUnits.length - 1] ?? 0);
  out.push('added', out.b, bUnits[pairs] ?? 0, bUnits[bUnits.length - 1] ?? 0);
}

/** Token indexes where sentences (or lines) start within [from, to), plus `to` itself. */
function sentenceStarts(tokens: string[], from: number, to: number): number[] {
  const starts = [from];
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i] ?? '';
    const ends = t.includes('\n') || (/^\s+$/.test(t) && /^[.!?…]$/.test(tokens[i - 1] ?? ''));
    if (ends && i + 1 < to) starts.push(i + 1);
  }
  starts.push(to);
  return starts;
}
