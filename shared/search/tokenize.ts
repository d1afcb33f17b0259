// Character classes for code units >= 128, worked out on first sight and cached: a Unicode
// regex per character would dominate indexing time, a table lookup costs nothing.
const NONE = 0;
const WORD = 1;
const IDEOGRAPH = 2;
const HIGH_SURROGATE = 3;
/** Thai, Lao, Khmer, Myanmar: written without spaces and not one word per character either. */
const SEGMENTED = 4;
const UNKNOWN = 255;
const classes = new Uint8Array(65536).fill(UNKNOWN);
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const IDEOGRAPH_CHAR = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
const SEGMENTED_CHAR = /^[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]$/u;
let wordSegmenter: Intl.Segmenter | null = null;
const MARKS = /\p{M}+/gu;
// Letters that carry no combining mark in NFKD, so stripping marks alone does not fold them.
const UNDECOMPOSED = /[øæœłđħıßþð]/g;
const UNDECOMPOSED_MAP: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
};
/** Longer runs are ids, hashes or base64, not words anyone searches for. */
export const MAX_TOKEN_LENGTH = 64;

function classOf(code: number): number {
  let c = classes[code] ?? NONE;
  if (c !== UNKNOWN) return c;
  if (code >= 0xd800 && code <= 0xdbff) c = HIGH_SURROGATE;
  else if (code >= 0xdc00 && code <= 0xdfff) c = NONE;
  else {
    const ch = String.fromCharCode(code);
    c = IDEOGRAPH_CHAR.test(ch)
      ? IDEOGRAPH
      : SEGMENTED_CHAR.test(ch)
        ? SEGMENTED
        : WORD_CHAR.test(ch)
          ? WORD
          : NONE;
  }
  classes[code] = c;
  return c;
}

function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

/** Folds one word: compatibility forms, no diacritics, lower case ("Ærø" → "aero"). */
export function foldWord(word: string): string {
  const folded = word.normalize('NFKD').replace(MARKS, '').toLowerCase();
  return folded.replace(UNDECOMPOSED, (ch) => UNDECOMPOSED_MAP[ch] ?? ch);
}

/**
 * Calls `emit` with each word of `text`, folded, and its span in `text`, until `emit` returns
 * true. Words are runs of letters, digits and marks; an apostrophe inside a word is dropped
 * ("don't" → "dont"); each Han or kana character is a word of its own, since those scripts
 * do not space words; a run of Thai, Lao, Khmer or Myanmar is split into
 * words by `Intl.Segmenter`.
 */
export function forEachToken(
  text: string,
  emit: (term: string, start: number, end: number) => boolean | void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (code >= 128 && classOf(code) === SEGMENTED) {
      const end = segmentedRunEnd(text, i);
      if (emitSegmented(text, i, end, emit)) return;
      i = end;
      continue;
    }
    if (code < 128 ? !isAsciiWord(code) : classOf(code) !== WORD && classOf(code) !== HIGH_SURROGATE) {
      if (code >= 128 && classOf(code) === IDEOGRAPH && emit(foldWord(text[i] ?? ''), i, i + 1) === true)
        return;
      i++;
      continue;
    }
    const start = i;
    let plain = true; // lower-case ASCII only, so the slice is already folded
    let ascii = true; // ASCII only, so lower-casing folds it
    let apostrophe = false;
    while (i < n) {
      code = text.charCodeAt(i);
      if (code < 128) {
        if (isAsciiWord(code)) {
          if (code <= 90 && code >= 65) plain = false;
          i++;
          continue;
        }
        if (code !== 39 || !continuesWord(text, i + 1)) break;
        apostrophe = true;
        i++;
        continue;
      }
      const c = classOf(code);
      if (c === WORD) {
        plain = ascii = false;
        i++;
      } else if (c === HIGH_SURROGATE && isAstralWord(text, i)) {
        plain = ascii = false;
        i += 2;
      } else if (code === 0x2019 && continuesWord(text, i + 1)) {
        apostrophe = true;
        i++;
      } else break;
    }
    if (i === start) {
      i++; // a lone surrogate or astral symbol
      continue;
    }
    if (i - start > MAX_TOKEN_LENGTH) continue;
    let term = text.slice(start, i);
    if (apostrophe) term = term.replace(/['\u2019]/g, '');
    if (!plain) term = ascii ? term.toLowerCase() : foldWord(term);
    if (term.length > 0 && emit(term, start, i) === true) return;
  }
}

function segmentedRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 128 && classOf(text.charCodeAt(i)) === SEGMENTED) i++;
  return i;
}

/**
 * The words of a Thai (Lao, Khmer, Myanmar) run, found by the platform's dictionary segmenter
 * (`Intl.Segmenter`), with their spans; true when `emit` asked to stop.
 */
function emitSegmented(
  text: string,
  start: number,
  end: number,
  emit: (term: string, start: number, end: number) => boolean | void,
): boolean {
  wordSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  for (const part of wordSegmenter.segment(text.slice(start, end))) {
    if (part.isWordLike === false || part.segment.length > MAX_TOKEN_LENGTH) continue;
    const at = start + part.index;
    if (emit(foldWord(part.segment), at, at + part.segment.length) === true) return true;
  }
  return false;
}

function continuesWord(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  return code < 128 ? isAsciiWord(code) : classOf(code) === WORD;
}

function isAstralWord(text: string, at: number): boolean {
  const point = text.codePointAt(at) ?? 0;
  return point > 0xffff && WORD_CHAR.test(String.fromCodePoint(point));
}

/** The folded words of `text`, in order. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  forEachToken(text, (term) => {
    terms.push(term);
  });
  return terms;
}
