import type { Source } from '../model/source';
import { dateParts, splitName } from './citeParts';

export type CslName = { family: string; given: string } | { literal: string };
export interface CslDate {
  'date-parts': Array<Array<number>>;
  circa?: boolean;
}

/** The CSL-JSON fields a packet writes (a subset of csl-data.json). */
export interface CslItem {
  id: string;
  type: 'webpage' | 'article-newspaper' | 'document';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  keyword?: string;
  note?: string;
  custom?: Record<string, string>;
}

/** News captured from the web reads as a newspaper article when its site is known; files are documents. */
export function cslType(source: Pick<Source, 'kind' | 'site'>): CslItem['type'] {
  if (source.kind === 'url' || source.kind === 'html') return source.site ? 'article-newspaper' : 'webpage';
  return 'document';
}

function cslDate(value: string | null, circa = false): CslDate | undefined {
  const parts = dateParts(value);
  if (!parts) return undefined;
  return circa ? { 'date-parts': [parts], circa: true } : { 'date-parts': [parts] };
}

/** One source as a CSL-JSON item; provenance (hashes, capture time) goes into `custom`. */
export function toCslItem(source: Source): CslItem {
  const item: CslItem = { id: source.id, type: cslType(source), title: source.title || 'Untitled source' };
  if (source.authors.length > 0) item.author = source.authors.map(splitName);
  if (source.site) item['container-title'] = source.site;
  const issued = cslDate(source.publishedAt, source.publishedApproximate);
  if (issued) item.issued = issued;
  const accessed = cslDate(source.capturedAt);
  if (accessed) item.accessed = accessed;
  const url = source.canonicalUrl ?? source.url ?? source.original.url;
  if (url) item.URL = url;
  if (source.language) item.language = source.language;
  if (source.tags.length > 0) item.keyword = source.tags.join(', ');
  item.custom = {
    textSha256: source.textSha256,
    originalSha256: source.original.sha256,
    capturedAt: source.capturedAt,
    importer: `${source.importer.name} ${source.importer.version}`,
  };
  return item;
}
