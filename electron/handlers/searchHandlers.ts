import type { HandlersOf } from '../../shared/contract';
import type { SearchSync } from '../search/searchSync';

/** `search()` gives the open notebook's index (it changes when another notebook is opened). */
export function searchHandlers(search: () => SearchSync): HandlersOf<'search'> {
  return {
    search: ({ query, limit, kinds, sourceId, entityId, tag, site, dateFrom, dateTo, hasHighlights }) =>
      search().search(
        query,
        {
          kinds,
          sourceId,
          entityIds: entityId ? [entityId] : undefined,
          tags: tag ? [tag] : undefined,
          site,
          dateFrom,
          dateTo,
          hasHighlights,
        },
        limit,
      ),
  };
}
