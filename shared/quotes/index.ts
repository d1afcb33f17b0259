export * from './quoteStatus';
export {
  checkAgainstText,
  checkCited,
  checkDraftQuotations,
  checkNoteQuotations,
  lookUpQuotation,
  quoteDiff,
} from './checkQuotations';
export type { HighlightPlace, QuoteMemo, QuoteSources } from './checkQuotations';
export { findQuotations, type Quotation } from './findQuotations';
export { locateFinding } from './locateFinding';
export {
  CITATION_CHAR,
  FlatBuilder,
  flatToPos,
  flattenNote,
  flattenPlainText,
  type FlatNote,
} from './flattenNote';
export { normalizeQuote } from './normalizeQuote';
export { QuoteIndex } from './quoteIndex';
export { quoteMarksFor } from './quoteMarks';
export {
  makeReport,
  quoteCheckMarkdown,
  reportLine,
  STATUS_WORDS,
  type NoteQuoteProblems,
  type QuoteLine,
  type QuoteReport,
} from './quoteReport';
export { quoteReportHtml } from './reportHtml';
export { markQuotations, QUOTE_STATUS_MARK, type StatusSpan } from './markQuotations';
