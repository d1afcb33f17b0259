import type { DocMeta } from './docTable';
import type { SearchFilters } from './types';

/** True when no filter is set, so the per-document check can be skipped. */
export function noFilters(filters: SearchFilters): boolean {
  return (
    !filters.kinds?.length &&
    filters.sourceId === undefined &&
    !filters.entityIds?.length &&
    !filters.tags?.length &&
    filters.site === undefined &&
    filters.dateFrom === undefined &&
    filters.dateTo === undefined &&
    filters.hasHighlights === undefined
  );
}

// Sites and tags match without regard to case; lower-casing short strings is far cheaper
// than a locale comparison, which matters when thousands of candidates are checked.
const same = (value: string, wanted: string): boolean => value === wanted || value.toLowerCase() === wanted;

/**
 * A predicate for every filter set. Dates compare as ISO text and `dateTo` covers its whole
 * day; `sourceId` keeps the source itself and everything in it.
 */
export function filterPredicate(filters: SearchFilters): (meta: DocMeta) => boolean {
  const site = filters.site?.toLowerCase();
  const tags = filters.tags?.map((t) => t.toLowerCase()) ?? [];
  const { kinds, sourceId, entityIds, dateFrom, dateTo, hasHighlights } = filters;
  return (meta) => {
    const f = meta.filters;
    if (kinds?.length && !kinds.includes(meta.kind)) return false;
    if (sourceId !== undefined && meta.sourceId !== sourceId && meta.id !== sourceId) return false;
    if (hasHighlights !== undefined && (f.hasHighlights ?? false) !== hasHighlights) return false;
    if (site !== undefined && (f.site === undefined || !same(f.site, site))) return false;
    if (entityIds?.length && !entityIds.every((id) => f.entityIds?.includes(id))) return false;
    if (tags.length && !tags.every((tag) => f.tags?.some((t) => same(t, tag)))) return false;
    if (dateFrom !== undefined || dateTo !== undefined) {
      if (!f.date) return false;
      if (dateFrom !== undefined && f.date < dateFrom) return false;
      // The same as `f.date.slice(0, dateTo.length) > dateTo` (a date within dateTo's day or
      // month starts with it), without a new string per candidate.
      if (dateTo !== undefined && f.date > dateTo && !f.date.startsWith(dateTo)) return false;
    }
    return true;
  };
}
