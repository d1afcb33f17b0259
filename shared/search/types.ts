/** What a search hit is; results are grouped by it. */
export const searchKinds = ['source', 'highlight', 'note', 'entity', 'claim'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Values a document can be filtered on; none of them is searched as text. */
export interface SearchDocFilters {
  site?: string;
  /** ISO date or date-time, compared as text. */
  date?: string;
  tags?: string[];
  entityIds?: string[];
  hasHighlights?: boolean;
}

/**
 * One searchable thing. Suggested mapping: a source has its title, clean text as `body`,
 * authors/site/url as `meta` and the names of its entities as `names`; a highlight has its
 * quote as `title` and its comment as `body`; an entity has its name as `title` and aliases
 * as `names`; a claim has its statement as `title`; a note its title and plain text.
 */
export interface SearchDoc {
  id: string;
  kind: SearchKind;
  sourceId?: string;
  title: string;
  fields: { body?: string; meta?: string; names?: string };
  filters: SearchDocFilters;
  /** Changes whenever the record does (e.g. its updatedAt); lets a stale index catch up. */
  stamp?: string;
}

/** Narrows a search; every filter given must hold. */
export interface SearchFilters {
  kinds?: SearchKind[];
  sourceId?: string;
  /** The document mentions every one of these entities. */
  entityIds?: string[];
  /** The document carries every one of these tags. */
  tags?: string[];
  site?: string;
  /** Inclusive bounds on `filters.date`, ISO; a date-only bound covers its whole day. */
  dateFrom?: string;
  dateTo?: string;
  hasHighlights?: boolean;
}

/** A run of snippet text; `match` runs are the query's words. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  sourceId?: string;
  title: string;
  snippet: SnippetPart[];
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  /** Every match of this kind, though only the best `limit` are in `hits`. */
  total: number;
  hits: SearchHit[];
}

export interface SearchResult {
  /** Best group first. */
  groups: SearchGroup[];
  total: number;
  /** True while the index is being rebuilt or a long text is being indexed: results cover only what is indexed so far. */
  rebuilding: boolean;
}

/** Indexed fields, in the order of their weight. */
export const FIELD_TITLE = 0;
export const FIELD_NAMES = 1;
export const FIELD_META = 2;
export const FIELD_BODY = 3;
export const FIELD_COUNT = 4;

/** The texts of a document by field number. */
export function fieldTexts(doc: SearchDoc): [string, string, string, string] {
  return [doc.title, doc.fields.names ?? '', doc.fields.meta ?? '', doc.fields.body ?? ''];
}
