// Kept as the import path every caller uses; the one gate is normalizeNoteDoc.
export { sanitizeNoteDoc, SOURCE_QUOTE_MARK } from './normalizeNoteDoc';
