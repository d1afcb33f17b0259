/**
 * Myers' bit-parallel edit distance (with Hyyrö's block formulation), so that comparing a
 * pattern of m characters with a text of n characters costs about n·⌈m/32⌉ word operations
 * instead of n·m table cells. Strings are compared per UTF-16 code unit.
 */

const WORD = 32;

/** A pattern prepared for bit-parallel scanning. */
export interface CompiledPattern {
  readonly length: number;
  readonly blocks: number;
  /** Character code → row in `peq` (0 means "not in the pattern"). */
  readonly alphabet: Map<number, number>;
  /** Match masks: `peq[row * blocks + block]`. */
  readonly peq: Int32Array;
  /** Bit of the pattern's last character inside the last block. */
  readonly lastBit: number;
}

/** Prepares a pattern (non-empty) for repeated scans. */
export function compilePattern(pattern: string): CompiledPattern {
  const blocks = Math.max(1, Math.ceil(pattern.length / WORD));
  const alphabet = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (!alphabet.has(code)) alphabet.set(code, alphabet.size + 1);
  }
  const peq = new Int32Array((alphabet.size + 1) * blocks);
  for (let i = 0; i < pattern.length; i++) {
    const row = alphabet.get(pattern.charCodeAt(i)) ?? 0;
    const index = row * blocks + Math.floor(i / WORD);
    peq[index] = (peq[index] ?? 0) | (1 << (i % WORD));
  }
  const lastBit = 1 << ((pattern.length - 1) % WORD);
  return { length: pattern.length, blocks, alphabet, peq, lastBit };
}

/**
 * Scores of the pattern against text[from..to), one per column: entry j is the best edit
 * distance between the whole pattern and a text span ending at from + j.
 * `anchored` fixes the span's start at `from` (global alignment of the pattern with
 * text[from..from+j)); otherwise the span may start anywhere (approximate search).
 */
export function scanColumns(
  compiled: CompiledPattern,
  text: string,
  from: number,
  to: number,
  anchored: boolean,
): Int32Array {
  const { blocks, alphabet, peq, lastBit, length } = compiled;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const scores = new Int32Array(Math.max(0, to - from) + 1);
  let score = length;
  scores[0] = score;
  for (let j = from; j < to; j++) {
    const row = alphabet.get(text.charCodeAt(j)) ?? 0;
    // The top boundary row is D[0][j] = 0 when searching, D[0][j] = j when anchored.
    let hin = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      const high = b === blocks - 1 ? lastBit : 1 << 31;
      let eq = peq[row * blocks + b] ?? 0;
      const pvb = pv[b] ?? 0;
      const mvb = mv[b] ?? 0;
      const xv = eq | mvb;
      if (hin < 0) eq |= 1;
      const xh = (((eq & pvb) + pvb) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      const hout = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    scores[j - from + 1] = score;
  }
  return scores;
}

/** Levenshtein distance between two strings (per UTF-16 code unit). */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const scores = scanColumns(compilePattern(a), b, 0, b.length, true);
  return scores[b.length] ?? Math.max(a.length, b.length);
}

/**
 * Best alignment of the whole pattern with some leading part of the text:
 * min over j of editDistance(pattern, text.slice(0, j)), preferring j closest to the pattern length.
 */
export function leadingAlignment(pattern: string, text: string): { distance: number; length: number } {
  if (pattern.length === 0) return { distance: 0, length: 0 };
  const scores = scanColumns(compilePattern(pattern), text, 0, text.length, true);
  let best = { distance: pattern.length, length: 0 };
  for (let j = 1; j < scores.length; j++) {
    const d = scores[j] ?? Infinity;
    const closer = Math.abs(j - pattern.length) < Math.abs(best.length - pattern.length);
    if (d < best.distance || (d === best.distance && closer)) best = { distance: d, length: j };
  }
  return best;
}

/** One place where a short pattern approximately ends in the text. */
export interface ApproximateHit {
  /** Exclusive end offset of the best span in this run of matches. */
  end: number;
  errors: number;
}

let scratchPeq: Int32Array | undefined;

/**
 * All runs of positions where a pattern of at most 32 code units matches the text with at
 * most `maxErrors` edits, reduced to the best end of each run. Single-word Myers over the
 * text (or text[from..to)), so it stays linear and allocation-free on long texts.
 */
export function findApproximate(
  pattern: string,
  text: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): ApproximateHit[] {
  const m = pattern.length;
  if (m === 0 || m > WORD) throw new RangeError('findApproximate needs a pattern of 1 to 32 code units');
  const peq = (scratchPeq ??= new Int32Array(65536));
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    peq[code] = (peq[code] ?? 0) | (1 << i);
  }
  const high = 1 << (m - 1);
  const hits: ApproximateHit[] = [];
  let pv = -1;
  let mv = 0;
  let score = m;
  let run: ApproximateHit | undefined;
  for (let j = from; j < to; j++) {
    const eq = peq[text.charCodeAt(j)] ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if ((ph & high) !== 0) score++;
    else if ((mh & high) !== 0) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= maxErrors) {
      if (!run) run = { end: j + 1, errors: score };
      else if (score < run.errors) run = { end: j + 1, errors: score };
    } else if (run) {
      hits.push(run);
      run = undefined;
    }
  }
  if (run) hits.push(run);
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  return hits;
}
