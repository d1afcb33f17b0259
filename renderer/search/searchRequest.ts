import { searchKinds, type SearchKind } from '../../shared/search/types';
import type { SearchRequest } from './useSearch';

/** The search page's filters as the form holds them; blank means "any". */
export interface FilterValues {
  kinds: SearchKind[];
  site: string;
  dateFrom: string;
  dateTo: string;
  hasHighlights: boolean;
  entityId: string;
  tag: string;
}

export const NO_FILTERS: FilterValues = {
  kinds: [],
  site: '',
  dateFrom: '',
  dateTo: '',
  hasHighlights: false,
  entityId: '',
  tag: '',
};

/** The search call for a query and filters: blank filters are left out, every kind means none. */
export function searchRequest(query: string, filters: FilterValues, limit: number): SearchRequest {
  const request: SearchRequest = { query: query.trim(), limit };
  const kinds = searchKinds.filter((k) => filters.kinds.includes(k));
  if (kinds.length > 0 && kinds.length < searchKinds.length) request.kinds = kinds;
  const site = filters.site.trim();
  if (site) request.site = site;
  if (filters.dateFrom) request.dateFrom = filters.dateFrom;
  if (filters.dateTo) request.dateTo = filters.dateTo;
  if (filters.hasHighlights) request.hasHighlights = true;
  if (filters.entityId) request.entityId = filters.entityId;
  const tag = filters.tag.trim();
  if (tag) request.tag = tag;
  return request;
}
