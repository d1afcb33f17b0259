import type { Highlight } from '../model/highlight';
import type { DocNode } from '../model/note';
import type { Source } from '../model/source';
import {
  citationKey,
  collectCitations,
  numberCitations,
  type CitationTarget,
} from '../notes/collectCitations';
import { oneLine } from './citeParts';

/** What a citation resolved to inside a packet: its source and, when it cites a passage, the highlight. */
export interface CitedItem {
  source: Source;
  highlight: Highlight | null;
  locator: string | null;
}

/** Looks a citation up among what the packet contains; null when it was left out (confidential) or is gone. */
export type ResolveCitation = (target: CitationTarget) => CitedItem | null;

export interface NumberedCitation {
  number: number;
  key: string;
  item: CitedItem;
}

/** Numbers a note's citations (first appearance order, repeats share a number), skipping ones that do not resolve. */
export function numberNoteCitations(doc: DocNode, resolve: ResolveCitation): Map<string, NumberedCitation> {
  const resolved = collectCitations(doc).filter((t) => resolve(t) !== null);
  const numbers = numberCitations(resolved);
  const out = new Map<string, NumberedCitation>();
  for (const t of resolved) {
    const key = citationKey(t);
    const number = numbers.get(key);
    const item = resolve(t);
    if (number !== undefined && item && !out.has(key)) out.set(key, { number, key, item });
  }
  return out;
}

/** The reference for a cited item: `Authors, Title, Site, date, locator.` and its address, if any. */
export function referenceParts(item: CitedItem): { text: string; url: string | null } {
  const s = item.source;
  const parts = [
    s.authors.join(', '),
    s.title || 'Untitled source',
    s.site ?? '',
    s.publishedAt?.slice(0, 10) ?? '',
    item.locator ?? '',
  ]
    .map(oneLine)
    .filter((p) => p.length > 0);
  return { text: `${parts.join(', ')}.`, url: s.canonicalUrl ?? s.url ?? s.original.url };
}

/** The reference line for a cited item: `Authors, Title, Site, date, locator. URL` (no quote). */
export function referenceText(item: CitedItem): string {
  const { text, url } = referenceParts(item);
  return url ? `${text} ${url}` : text;
}

/** The quoted passage of a cited highlight on one line, or null for a citation of a whole source. */
export function quoteText(item: CitedItem): string | null {
  return item.highlight ? oneLine(item.highlight.quote.exact) : null;
}
