import { INVISIBLE_RE as INVISIBLE } from '../text/invisible';
import { memoText } from '../text/memoText';

const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** Canonical line breaks and spaces; trims each line end but keeps blank lines and indentation. */
export function normalizeText(input: string): string {
  return input
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[ ]+$/gm, '');
}

/** One line of running text: inner whitespace collapsed, ends trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Text as compared for "is this the same line": case, punctuation and spacing ignored. Remembered,
 * since extraction compares each line of a page with others many times.
 */
export const comparable: (text: string) => string = memoText((text) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);
