/**
 * Words as a quotation is compared: letters, digits and marks; an apostrophe inside a word is
 * kept ("don’t" and "don't" are the same word); "14.2" and "1,000" are one number; each Han or
 * kana character is a word of its own, since those scripts do not space words. Punctuation and
 * spacing are not words, so quote style, dashes and a full stop inside the marks never count.
 */
export interface QuoteWord {
  /** The word as compared: NFKC, apostrophes made straight. */
  word: string;
  /** Lower-case form, for a first word whose capital a writer may change. */
  lower: string;
  start: number;
  end: number;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const IDEOGRAPH_CHAR = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
const DIGIT = /^\p{N}$/u;
const NONE = 0;
const WORD = 1;
const IDEOGRAPH = 2;
const UNKNOWN = 255;
/** Class per code unit, worked out on first sight: a Unicode regex per character would dominate. */
const classes = new Uint8Array(65536).fill(UNKNOWN);

function classAt(text: string, i: number): { kind: number; size: number } {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? code);
    const size = ch.length;
    return { kind: IDEOGRAPH_CHAR.test(ch) ? IDEOGRAPH : WORD_CHAR.test(ch) ? WORD : NONE, size };
  }
  let kind = classes[code] ?? NONE;
  if (kind === UNKNOWN) {
    const ch = String.fromCharCode(code);
    kind = IDEOGRAPH_CHAR.test(ch) ? IDEOGRAPH : WORD_CHAR.test(ch) ? WORD : NONE;
    classes[code] = kind;
  }
  return { kind, size: 1 };
}

const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '\u2019';
const isDigit = (ch: string | undefined): boolean => ch !== undefined && DIGIT.test(ch);

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

function makeWord(text: string, start: number, end: number): QuoteWord {
  const raw = text.slice(start, end);
  // Normalising costs more than the rest of the split; ASCII words have nothing to normalise.
  const word = ASCII.test(raw) ? raw : raw.normalize('NFKC').replace(/\u2019/g, "'");
  return { word, lower: word.toLowerCase(), start, end };
}

/** The words of `text` with their spans, in one linear pass. */
export function quoteWords(text: string): QuoteWord[] {
  const words: QuoteWord[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const { kind, size } = classAt(text, i);
    if (kind === IDEOGRAPH) {
      words.push(makeWord(text, i, i + size));
      i += size;
      continue;
    }
    if (kind !== WORD) {
      i += size;
      continue;
    }
    const start = i;
    i += size;
    while (i < n) {
      const next = classAt(text, i);
      if (next.kind === WORD) {
        i += next.size;
        continue;
      }
      const ch = text[i];
      const joinsLetters = isApostrophe(ch) && i + 1 < n && classAt(text, i + 1).kind === WORD;
      const joinsDigits = (ch === '.' || ch === ',') && isDigit(text[i - 1]) && isDigit(text[i + 1]);
      if (!joinsLetters && !joinsDigits) break;
      i++;
    }
    words.push(makeWord(text, start, i));
  }
  return words;
}
