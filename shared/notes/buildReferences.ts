import type { CitationInfo } from '../contract/results';
import { citationKey, numberCitations, type CitationTarget } from './collectCitations';

/** One entry of a note's references list. */
export interface Reference {
  number: number;
  key: string;
  target: CitationTarget;
  /** False when what it cites no longer exists; undefined while not yet looked up. */
  resolved: boolean | undefined;
  sourceTitle: string | null;
  site: string | null;
  authors: string[];
  /** As stored on the source: a date (YYYY-MM-DD) or a timestamp. */
  publishedAt: string | null;
  url: string | null;
  locator: string | null;
  quote: string | null;
}

/** The references of a note in numbering order, one per number, from its citations and what they resolved to. */
export function buildReferences(targets: CitationTarget[], infos: Iterable<CitationInfo>): Reference[] {
  const byKey = new Map<string, CitationInfo>();
  for (const info of infos) byKey.set(citationKey(info), info);
  const firstTarget = new Map<string, CitationTarget>();
  for (const t of targets) if (!firstTarget.has(citationKey(t))) firstTarget.set(citationKey(t), t);

  return [...numberCitations(targets)].map(([key, number]): Reference => {
    const target = firstTarget.get(key) as CitationTarget;
    const info = byKey.get(key);
    return {
      number,
      key,
      target,
      resolved: info?.resolved,
      sourceTitle: info?.sourceTitle ?? null,
      site: info?.site ?? null,
      authors: info?.authors ?? [],
      publishedAt: info?.publishedAt ?? null,
      url: info?.url ?? null,
      locator: target.locator,
      quote: info?.quote ?? null,
    };
  });
}

/** A plain one-line form of a reference: `Authors, Title, Site, date, locator. URL` (the date as given). */
export function referenceLine(ref: Reference, formatDate: (value: string) => string = (v) => v): string {
  if (ref.resolved === false) return 'The cited source or highlight was deleted';
  const parts = [
    ref.authors.join(', '),
    ref.sourceTitle ?? 'Untitled source',
    ref.site ?? '',
    ref.publishedAt ? formatDate(ref.publishedAt) : '',
    ref.locator ?? '',
  ].filter((p) => p.length > 0);
  return `${parts.join(', ')}.${ref.url ? ` ${ref.url}` : ''}`;
}
