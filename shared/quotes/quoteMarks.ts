/**
 * Quotation marks by language and the marks that close them. “…” English; „…“ and „…” German,
 * Polish and others; «…» Russian, French, Ukrainian; ‘…’ and ‚…‘ single; 「…」 and 『…』 CJK;
 * "…" straight. A straight single quote is not read as a quotation mark: it is an apostrophe
 * far more often than not.
 */
export const CLOSERS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['\u201c', '\u201d'],
  ['\u201e', '\u201c\u201d'],
  ['\u00ab', '\u00bb'],
  ['\u2018', '\u2019'],
  ['\u201a', '\u2018\u2019'],
  ['\u300c', '\u300d'],
  ['\u300e', '\u300f'],
  ['\u2039', '\u203a'],
]);

/** Marks that can open a quotation only after a space or punctuation (they double as apostrophes or closers). */
const CONTEXT_OPENERS = new Set(['"', '\u2018', '\u201c']);

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /^[\p{L}\p{N}\p{M}]$/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /^\s$/u.test(ch);

/** True when the mark at `i` opens a quotation. */
export function opensAt(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (!CLOSERS.has(ch)) return false;
  if (isSpace(text[i + 1])) return false;
  if (!CONTEXT_OPENERS.has(ch)) return true;
  return !isWordChar(text[i - 1]);
}

/** True when the mark at `i` closes a quotation opened by `opener`. */
export function closesAt(text: string, i: number, opener: string): boolean {
  const ch = text[i] ?? '';
  if (!(CLOSERS.get(opener) ?? '').includes(ch)) return false;
  // ’ inside a word ("don’t") or at the start of one is an apostrophe, not a closing mark.
  if (ch === '\u2019' || ch === '\u2018') return !isWordChar(text[i + 1]) && !isSpace(text[i - 1]);
  return true;
}

/** Marks the writer puts around a quotation in each language, for text the app inserts. */
export function quoteMarksFor(language: string | null | undefined): [string, string] {
  const lang = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (['de', 'cs', 'sk', 'sl', 'hr', 'bg', 'lt', 'et', 'is'].includes(lang)) return ['\u201e', '\u201c'];
  if (['pl', 'ro', 'hu', 'nl'].includes(lang)) return ['\u201e', '\u201d'];
  if (['ru', 'uk', 'be', 'fr', 'es', 'it', 'pt', 'ca', 'el', 'no', 'nb', 'tr', 'ar', 'fa'].includes(lang))
    return ['\u00ab', '\u00bb'];
  if (['ja', 'zh'].includes(lang)) return ['\u300c', '\u300d'];
  return ['\u201c', '\u201d'];
}
