// The note editor's schema as data, so the main process can check documents without TipTap or a DOM.
// renderer/editor/noteSchema.test.ts compares it with the schema the editor's extensions really build.

/** How deep a note may nest (lists in quotes in lists…); the editor never needs more. */
export const MAX_NOTE_DEPTH = 64;
/** Nodes in one note: a 300-page note has far fewer. */
export const MAX_NOTE_NODES = 200_000;
/** Characters of text and attribute values in one note (about 8 MB of JSON). */
export const MAX_NOTE_CHARS = 4_000_000;

type AttrCheck = (value: unknown) => boolean;

const anyOf =
  (...allowed: unknown[]): AttrCheck =>
  (v) =>
    allowed.includes(v);
const optionalText =
  (max: number): AttrCheck =>
  (v) =>
    v === null || v === undefined || (typeof v === 'string' && v.length <= max);
const wholeNumber: AttrCheck = (v) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0);

/** Link targets a note may hold: web pages and e-mail addresses, never script, data or local files. */
export function isAllowedLinkHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** Attributes each node may carry (citation attributes are checked by validateCitationAttrs). */
export const NOTE_NODES: Readonly<Record<string, Readonly<Record<string, AttrCheck>>>> = {
  doc: {},
  paragraph: {},
  text: {},
  heading: { level: anyOf(1, 2, 3) },
  blockquote: {},
  bulletList: {},
  orderedList: { start: wholeNumber, type: optionalText(10) },
  listItem: {},
  hardBreak: {},
  horizontalRule: {},
  citation: { sourceId: () => true, highlightId: () => true, locator: () => true },
};

/** Attributes each mark may carry (quotation attributes are checked by validateSourceQuoteAttrs). */
export const NOTE_MARKS: Readonly<Record<string, Readonly<Record<string, AttrCheck>>>> = {
  bold: {},
  italic: {},
  strike: {},
  underline: {},
  link: {
    href: isAllowedLinkHref,
    target: optionalText(20),
    rel: optionalText(100),
    class: optionalText(100),
    title: optionalText(500),
  },
  sourceQuote: { highlightId: () => true, sourceId: () => true },
};
