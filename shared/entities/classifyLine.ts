// Decides how far a line's capitalisation can be trusted. Headlines capitalise every word and
// page chrome (menus, bylines, share bars) is short and unpunctuated; only prose is read freely,
// names on the other lines need a strong cue or a match in the prose.
import type { Token } from './tokenize';

export type LineKind = 'prose' | 'headline' | 'chrome';

const comparable = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** prose, headline (title case or the given title) or chrome (short, unpunctuated). */
export function classifyLine(tokens: readonly Token[], title?: string): LineKind {
  const words = tokens.filter((token) => token.isWord);
  if (words.length === 0) return 'chrome';
  const text = tokens.map((token) => token.text).join(' ');
  if (title && comparable(title) === comparable(text)) return 'headline';
  const last = tokens[tokens.length - 1]?.text ?? '';
  const endsSentence = /[.!?"”’)]$/.test(last);
  const long = words.filter((word) => word.text.length >= 4 && /\p{L}/u.test(word.text));
  const capitalised = long.filter((word) => word.cap).length;
  if (long.length >= 3 && capitalised / long.length >= 0.75 && last !== '.') return 'headline';
  if (words.length >= 8 || (words.length >= 4 && endsSentence)) return 'prose';
  return 'chrome';
}
