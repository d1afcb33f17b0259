/**
 * A quotation or source wording reduced to what a reader compares, for showing a word diff:
 * spacing, curly versus straight quotes, dash forms, an ellipsis typed as three dots and
 * invisible characters picked up by copy and paste do not show up as changes.
 */
import { INVISIBLE_RE as INVISIBLE } from '../text/invisible';

const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u301d\u301e\uff02]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2039\u203a\uff07`\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g;

/** Trims characters of `set` from the ends with a loop: a `[…]+$` regex rescans long runs. */
function trimSet(text: string, set: string, start: boolean): string {
  let from = 0;
  let to = text.length;
  while (start && from < to && set.includes(text[from] ?? '')) from++;
  while (to > from && set.includes(text[to - 1] ?? '')) to--;
  return text.slice(from, to);
}

export function normalizeQuote(text: string): string {
  const quoted = text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/\u2026/g, '...')
    .trim()
    .replace(/^["'\s]+/, '')
    .trim();
  return trimSet(trimSet(quoted, `"' `, false), `.,;:!? "'`, false);
}
