import { forEachToken } from './tokenize';

/**
 * One field's words, tokenized ahead (in a worker) so that indexing a long text on the main
 * thread costs only a pass over integers: each distinct folded word once, in order of first
 * appearance, and the field as a sequence of indexes into that list.
 */
export interface FieldTokens {
  terms: string[];
  seq: Uint32Array;
}

/** Texts at least this long (all fields together) are tokenized off the main thread. */
export const LONG_TEXT_CHARS = 50_000;

/** The words of one text as FieldTokens (see forEachToken for what a word is). */
export function fieldTokens(text: string): FieldTokens {
  const local = new Map<string, number>();
  const terms: string[] = [];
  let seq = new Uint32Array(Math.max(16, text.length >> 3));
  let n = 0;
  forEachToken(text, (term) => {
    let id = local.get(term);
    if (id === undefined) {
      id = terms.length;
      terms.push(term);
      local.set(term, id);
    }
    if (n === seq.length) {
      const grown = new Uint32Array(seq.length * 2);
      grown.set(seq);
      seq = grown;
    }
    seq[n++] = id;
  });
  return { terms, seq: seq.slice(0, n) };
}

/** Total length of some field texts, to decide whether they are tokenized off the main thread. */
export const textsLength = (texts: readonly string[]): number =>
  texts.reduce((sum, text) => sum + text.length, 0);
