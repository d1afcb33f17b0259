import { INVISIBLE_RE as INVISIBLE } from '../text/invisible';

/**
 * Whether a quotation in a note still says what the source says. Only differences a reader
 * cannot see are forgiven: spacing, curly versus straight quotes, dash and hyphen forms,
 * an ellipsis typed as three dots, and invisible characters picked up by copy and paste.
 */

const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u301d\u301e\uff02]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2039\u203a\uff07`\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g;
/** Quote marks a writer may put around a quotation without changing it. */
const EDGE_QUOTES = /^["']+|["']+$/g;

/** The text of a quotation reduced to what a reader would compare. */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/\u2026/g, '...')
    .trim()
    .replace(EDGE_QUOTES, '')
    .trim();
}

export type QuoteCheck =
  | { status: 'match' }
  | { status: 'mismatch' }
  /** The highlight's text is not known (not loaded yet, or the highlight is gone). */
  | { status: 'unknown' };

/** Compares the quoted text in a note with the highlight's exact text. */
export function checkQuote(quoted: string, exact: string | null | undefined): QuoteCheck {
  if (exact === null || exact === undefined) return { status: 'unknown' };
  return normalizeQuote(quoted) === normalizeQuote(exact) ? { status: 'match' } : { status: 'mismatch' };
}
