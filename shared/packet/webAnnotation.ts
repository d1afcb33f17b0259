import type { Highlight } from '../model/highlight';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The `urn:uuid:` IRI of a record id (ids are UUIDs). */
export const urnOf = (id: string): string => `urn:uuid:${id}`;

export type AnnotationBody =
  | { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' | 'tagging' }
  | { type: 'SpecificResource'; source: string; purpose: 'identifying' };

export interface WebAnnotation {
  /** Each annotation carries the context itself, so it stays valid when taken out of the collection. */
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created: string;
  modified: string;
  body?: AnnotationBody[];
  target: {
    type: 'SpecificResource';
    /** The source's id (urn:uuid:…): the selectors point into its clean text. */
    source: string;
    /** The web page the source was captured from, when it has one. */
    scope?: string;
    /** A quote selector, and a position selector unless the highlight is orphaned. */
    selector: [QuoteSelector, { type: 'TextPositionSelector'; start: number; end: number }] | [QuoteSelector];
  };
}

type QuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };

export interface AnnotationOptions {
  /** The source's web address, if it has one. */
  url?: string | null;
  /** The highlight no longer sits on its text: no position is given, only the words. */
  orphaned?: boolean;
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; partOf: string; startIndex: 0; items: WebAnnotation[] };
}

/**
 * Converts a UTF-16 offset (how the app stores positions) to a count of Unicode code points, which the
 * W3C model requires for TextPositionSelector. Equal for text without astral characters.
 */
export function codePointOffset(text: string, utf16Offset: number): number {
  let points = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The low half of a surrogate pair does not start a new code point.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) points++;
  }
  return points;
}

/** The inverse of codePointOffset. */
export function utf16Offset(text: string, codePoints: number): number {
  let i = 0;
  for (let seen = 0; seen < codePoints && i < text.length; seen++)
    i += isHigh(text.charCodeAt(i)) && i + 1 < text.length ? 2 : 1;
  return i;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const hasAstral = (text: string): boolean => /[\ud800-\udbff]/.test(text);

/**
 * A highlight as a W3C Web Annotation: comment, tags and linked entities as bodies; the passage as a
 * quote selector and a position selector (code points into the source's clean text).
 */
export function toWebAnnotation(
  h: Highlight,
  sourceText: string,
  options: AnnotationOptions = {},
): WebAnnotation {
  const body: AnnotationBody[] = [];
  if (h.comment.trim())
    body.push({ type: 'TextualBody', value: h.comment, format: 'text/plain', purpose: 'commenting' });
  for (const tag of h.tags)
    body.push({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' });
  for (const entityId of h.entityIds)
    body.push({ type: 'SpecificResource', source: urnOf(entityId), purpose: 'identifying' });
  const astral = hasAstral(sourceText);
  const start = astral ? codePointOffset(sourceText, h.position.start) : h.position.start;
  const end = astral ? codePointOffset(sourceText, h.position.end) : h.position.end;
  const quote: QuoteSelector = {
    type: 'TextQuoteSelector',
    exact: h.quote.exact,
    prefix: h.quote.prefix,
    suffix: h.quote.suffix,
  };
  const annotation: WebAnnotation = {
    '@context': ANNO_CONTEXT,
    id: urnOf(h.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: h.createdAt,
    modified: h.updatedAt,
    target: {
      type: 'SpecificResource',
      source: urnOf(h.sourceId),
      ...(options.url ? { scope: options.url } : {}),
      selector: options.orphaned ? [quote] : [quote, { type: 'TextPositionSelector', start, end }],
    },
  };
  if (body.length > 0) annotation.body = body;
  return annotation;
}

/** Every annotation in one collection, inline as its first (and only) page. */
export function annotationCollection(
  ids: { collection: string; page: string },
  label: string,
  items: WebAnnotation[],
): AnnotationCollection {
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: urnOf(ids.collection),
    type: 'AnnotationCollection',
    label,
    total: items.length,
  };
  // The model requires `first` only when there are annotations; an empty page would say nothing.
  if (items.length > 0) {
    collection.first = {
      id: urnOf(ids.page),
      type: 'AnnotationPage',
      partOf: urnOf(ids.collection),
      startIndex: 0,
      items,
    };
  }
  return collection;
}
