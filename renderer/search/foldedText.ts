import { foldWord } from '../../shared/search';

/** Text folded for matching, with each folded character's offset in the original text. */
export interface FoldedText {
  folded: string;
  /** `origin[i]` is where folded character i came from; one extra entry holds the text's length. */
  origin: number[];
}

const SPACE = /\s/;

/**
 * Folds `text` as the search engine does (case, diacritics, ligatures), keeping a map back.
 * Runs of white space become one space, so a phrase still matches across a line break.
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (SPACE.test(text[i]!)) {
      if (!folded.endsWith(' ')) {
        folded += ' ';
        origin.push(i);
      }
      i += 1;
      continue;
    }
    // ASCII is by far the commonest case and folds by lower-casing alone.
    const piece = code < 128 ? text[i]!.toLowerCase() : foldWord(text.slice(i, i + width));
    for (let k = 0; k < piece.length; k++) origin.push(i);
    folded += piece;
    i += width;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Folds a needle; surrounding white space is dropped and inner runs of it count as one space. */
export function foldNeedle(needle: string): string {
  return foldText(needle.trim().replace(/\s+/g, ' ')).folded;
}

/** Every place `needle` occurs in `text`, ignoring case and diacritics; ranges are in `text`. */
export function findAll(
  text: FoldedText | string,
  needle: string,
  max = 10_000,
): { start: number; end: number }[] {
  const { folded, origin } = typeof text === 'string' ? foldText(text) : text;
  const wanted = foldNeedle(needle);
  const found: { start: number; end: number }[] = [];
  if (!wanted) return found;
  for (let at = folded.indexOf(wanted); at >= 0 && found.length < max; at = folded.indexOf(wanted, at + 1)) {
    const start = origin[at]!;
    // The end is the first original character past the match, so a folded pair ("ae") never splits "æ".
    let endIndex = at + wanted.length;
    while (endIndex < origin.length - 1 && origin[endIndex] === origin[endIndex - 1]) endIndex++;
    found.push({ start, end: origin[endIndex]! });
    at = at + wanted.length - 1;
  }
  return found;
}
