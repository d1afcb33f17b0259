export { normalizeWords, foldText } from './normalizeWords';
export { MinHasher, estimateSimilarity } from './minhash';
export {
  signText,
  compareSignatures,
  SIGNATURE_VERSION,
  SIGNATURE_LENGTH,
  type SimilarityScore,
} from './signText';
export { classifyLikeness, LINK_SCORE, type Likeness } from './likeness';
export { LshIndex, type LshIndexJson, type SimilarMatch } from './lshIndex';
export { diffWords, type DiffPart } from './wordDiff';
export { sideBySide, type SideBySideRow, type SideSegment } from './sideBySide';
