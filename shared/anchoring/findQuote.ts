import { AppError } from '../errors';
import { normalizeSnippet, normalizeTextCached } from './normalizeText';
import { isHighSurrogate, isLowSurrogate } from './strings';

/** One place a quote occurs, as UTF-16 offsets into the text. */
export interface QuoteOccurrence {
  start: number;
  end: number;
}

/**
 * Every occurrence of a quote typed or pasted by the user (overlapping ones included), so a
 * caller can say "occurs 3 times; add more words". Verbatim occurrences win; only when there
 * are none is the quote matched ignoring case, white-space runs and curly-versus-straight
 * quotes and dashes, which is how a typed quote usually differs from an article.
 */
export function findQuote(text: string, quote: string): QuoteOccurrence[] {
  if (quote.trim().length === 0) throw new AppError('INVALID_INPUT', 'Give the words to look for.');
  const verbatim = occurrences(text, quote).map((start) => ({ start, end: start + quote.length }));
  if (verbatim.length > 0) return verbatim;
  const needle = normalizeSnippet(quote).trim();
  const normalized = normalizeTextCached(text);
  const { toRaw } = normalized;
  return occurrences(normalized.text, needle).map((start) => {
    let end = (toRaw[start + needle.length - 1] ?? 0) + 1;
    if (isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end))) end++;
    return { start: toRaw[start] ?? 0, end };
  });
}

/** Start offsets of every occurrence of `needle`, overlapping ones included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}
