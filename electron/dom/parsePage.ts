import type { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Document, Element } from './domTypes';

/**
 * linkedom's parse of an HTML page (nothing in it runs), typed with the DOM types the Node side
 * reads. linkedom declares its result as the browser's window, for which the Node program (no DOM
 * library) has no types; this is the one place that says what it really is.
 */
export function parsePage(html: string): Document {
  return (parseHTML(html) as unknown as { document: Document }).document;
}

/** Readability is declared against the browser's Document; it runs on linkedom's, which is ours. */
export function forReadability(document: Document): ConstructorParameters<typeof Readability>[0] {
  return document as unknown as ConstructorParameters<typeof Readability>[0];
}

/** Readability's serializer that keeps its pick as the element itself (it types it as a browser Node). */
export const keepElement = (node: unknown): Element => node as Element;
