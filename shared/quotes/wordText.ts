import { quoteWords, type QuoteWord } from './quoteWords';

/** A text split into words, with where each lower-cased word occurs, for exact pattern search. */
export interface WordText {
  text: string;
  words: QuoteWord[];
  at: Map<string, number[]>;
}

/** Recently split texts: a note cites few sources, each many times. */
const CACHE_SIZE = 64;
const cache = new Map<string, WordText>();

/** The words of a text, split once and kept for the next few calls. */
export function wordText(text: string): WordText {
  const cached = cache.get(text);
  if (cached) {
    cache.delete(text);
    cache.set(text, cached);
    return cached;
  }
  const words = quoteWords(text);
  const at = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = at.get(w.lower);
    if (list) list.push(i);
    else at.set(w.lower, [i]);
  });
  const made = { text, words, at };
  cache.set(text, made);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return made;
}
