export { anchor } from './anchor';
export { anchorHealth } from './anchorHealth';
export { describeRange, DEFAULT_CONTEXT_LENGTH } from './describeRange';
export { findQuote, type QuoteOccurrence } from './findQuote';
export { measureAnchoring } from './measureAnchoring';
export * from './types';
export { placeHighlight, placeHighlights, withCurrentPlace, type Placed } from './placeHighlights';
export { fuzzySearch, type FuzzyCandidate } from './fuzzySearch';
