import { segmentWords } from '../text/segmentWords';

/**
 * The words of a line, lower-cased, punctuation removed (apostrophes kept inside words); in
 * scripts written without spaces (Chinese, Japanese, Thai) every character is a word.
 */
export function wordsOf(text: string): string[] {
  return segmentWords(text);
}

// Sentence ends of every script we know of: Latin/Cyrillic/Greek, CJK full stops, Arabic and
// Urdu question and full stops, Devanagari danda, Armenian, Ethiopic; closing quotes after them.
const TERMINAL = /[.!?…:;。！？｡．؟۔।॥։።፧]["'”’»)\]」』）》〉】]*$|[.!?…。！？]\s*\(\d+\)$/u;
/** A sentence end followed by more text: prose has them inside a paragraph, labels do not. */
const INNER_STOP = /[.!?。！？؟۔।][\s"'”’»)」』]*[\p{L}\p{N}"'“‘«「『(]/u;

/** True when a line ends the way sentences do (quotes and brackets after the mark allowed). */
export function endsLikeSentence(text: string): boolean {
  return TERMINAL.test(text.trim());
}

/** Share of cased words that start with a capital letter; 0 in scripts without case. */
export function capitalRatio(text: string): number {
  const tokens = text.match(/[\p{Lu}\p{Ll}\p{Lt}][\p{L}'’-]*/gu) ?? [];
  if (tokens.length === 0) return 0;
  let caps = 0;
  for (const t of tokens) if (/^[\p{Lu}\p{Lt}]/u.test(t)) caps += 1;
  return caps / tokens.length;
}

/**
 * Letters in a cased script but none lower-case: a shouted label ("BREAKING NEWS"), not prose. In
 * Korean, Chinese, Arabic or Hebrew prose a Latin acronym ("SNS", "NATO") is upper-case with no
 * lower-case beside it, so the capitals must also be most of the letters.
 */
function allCaps(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return upper > 0 && upper * 2 >= letters;
}

/**
 * Reads like running prose, in any language: enough words, not title case, and ending like a
 * sentence (or long with sentence breaks inside). Uses punctuation and case only, never a word
 * list, so Polish, Korean or Arabic prose counts as prose.
 */
export function isSentenceLike(text: string): boolean {
  const words = wordsOf(text);
  if (words.length < 4 || allCaps(text)) return false;
  // Every word capitalised: a label or headline even when it ends with a full stop.
  if (words.length < 15 && capitalRatio(text) > 0.7) return false;
  const trimmed = text.trim();
  if (
    words.length >= 20 &&
    capitalRatio(text) < 0.5 &&
    (INNER_STOP.test(trimmed) || /[,،、，]/u.test(trimmed))
  )
    return true;
  return endsLikeSentence(trimmed) && !/[:：]$/u.test(trimmed);
}

/** Short, no sentence ending: could be a headline, subheading or a menu entry. */
export function isHeadingLike(text: string): boolean {
  const words = wordsOf(text);
  return words.length >= 1 && words.length <= 16 && text.length <= 160 && !/[.;,。]$/u.test(text.trim());
}
