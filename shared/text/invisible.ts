/**
 * Format characters that a browser copy or a CMS leaves in text and that a reader never sees:
 * soft hyphen, zero-width space/non-joiner/joiner, word joiner, byte-order mark. The one list,
 * used by import clean-up, anchoring and quotation checks alike.
 */
export const INVISIBLE_CODES: ReadonlySet<number> = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** Every invisible character, for `replace` (global). */
export const INVISIBLE_RE = new RegExp(
  `[${[...INVISIBLE_CODES].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);
