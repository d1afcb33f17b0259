import type { SimilarityScore } from './signText';

/** What kind of likeness two articles share, read from the two signals of `compareSignatures`. */
export type Likeness = 'copy' | 'edit' | 'spun' | 'unrelated';

/** Below this the index does not link two sources at all (see SimilarityStore.similarTo). */
export const LINK_SCORE = 0.5;

/**
 * Copies keep nearly every word pair (≥ 0.97); light edits most of them. A synonym-spun copy keeps its
 * function-word skeleton (structure ≥ 0.85) while half its word pairs changed (words < 0.6):
 * the measured ranges are in shingleText.ts. Texts without a skeleton (structure 0) are never
 * called spun, since that signal is missing rather than low.
 */
export function classifyLikeness({ score, wordScore, structureScore }: SimilarityScore): Likeness {
  if (score < LINK_SCORE) return 'unrelated';
  if (wordScore >= 0.97) return 'copy';
  if (structureScore >= 0.85 && wordScore < 0.6) return 'spun';
  return 'edit';
}
