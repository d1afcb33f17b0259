import { EMPTY_SLOT, estimateSimilarity, MinHasher } from './minhash';
import { normalizeWords } from './normalizeWords';
import { shingleText } from './shingleText';

/** Bump when normalisation, shingling or hashing changes: stored signatures then need re-signing. */
export const SIGNATURE_VERSION = 1;
/** Slots per signal; a signature holds the word signal, then the structure signal. */
export const SIGNAL_SLOTS = 64;
/** Total slots of a signature. */
export const SIGNATURE_LENGTH = 2 * SIGNAL_SLOTS;

const hasher = new MinHasher(SIGNAL_SLOTS);

/** How alike two articles are, from 0 to 1, with the two signals behind the score. */
export interface SimilarityScore {
  score: number;
  /** Shared word pairs: high for copies and light edits. */
  wordScore: number;
  /** Shared function-word skeleton: stays high when content words were swapped for synonyms. */
  structureScore: number;
}

/** MinHash signature of an article's text (normalise, shingle, sign). */
export function signText(text: string): Uint32Array {
  const { words, structure } = shingleText(normalizeWords(text));
  const signature = new Uint32Array(SIGNATURE_LENGTH);
  hasher.sign(words, signature, 0);
  hasher.sign(structure, signature, SIGNAL_SLOTS);
  return signature;
}

/**
 * Compares two signatures. The score is the mean of both signals, so a verbatim copy scores
 * 1, a light edit about 0.8 and a synonym-spun copy about 0.7 (its skeleton is intact while
 * half its word pairs changed). Text without function words (lists, some scripts) has no
 * skeleton; then the word signal stands alone.
 */
export function compareSignatures(a: ArrayLike<number>, b: ArrayLike<number>): SimilarityScore {
  const wordScore = estimateSimilarity(a, b, 0, SIGNAL_SLOTS);
  const structureScore = estimateSimilarity(a, b, SIGNAL_SLOTS, SIGNATURE_LENGTH);
  const hasStructure = hasSignal(a, SIGNAL_SLOTS) && hasSignal(b, SIGNAL_SLOTS);
  const score = hasStructure ? (wordScore + structureScore) / 2 : wordScore;
  return { score, wordScore, structureScore };
}

function hasSignal(signature: ArrayLike<number>, offset: number): boolean {
  return signature[offset] !== EMPTY_SLOT;
}
