export * from './types';
export { forEachToken, tokenize, foldWord } from './tokenize';
export { parseQuery, FUZZY_MIN_LENGTH, type ParsedQuery, type QueryClause } from './parseQuery';
export { buildSnippet, plainSnippet, type MarkSpec } from './buildSnippet';
export { withinOneEdit } from './withinOneEdit';
export { MemoryIndex } from './memoryIndex';
export type { SegmentData, Pause } from './snapshotIndex';
export type { DocMeta, StoredTexts } from './docTable';
export { kindCode, kindOf } from './scoring';
