import { useMemo, useState } from 'react';
import { useEntityList } from '../entities/useEntityList';
import { routeHash } from '../ui/route';
import { ResultGroup } from './ResultGroup';
import { SearchFilters } from './SearchFilters';
import { NO_FILTERS, searchRequest, type FilterValues } from './searchRequest';
import { useOpenHit } from './useOpenHit';
import { useSearch } from './useSearch';
import './search.css';
import './searchPage.css';
import './findBar.css';

const PAGE_LIMIT = 10;

/** `#/search?q=…`: a query box, filters, and every kind's hits with totals. */
export function SearchPage({ q }: { q: string }) {
  const [query, setQuery] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  // The palette's "See all" can land here with a new query while the page is open. Typing
  // rewrites the address too, so a q that already matches the box leaves the box alone.
  if (seenQ !== q) {
    setSeenQ(q);
    if (q !== query.trim()) setQuery(q);
  }
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const entities = useEntityList();
  const request = useMemo(() => searchRequest(query, filters, PAGE_LIMIT), [query, filters]);
  const search = useSearch(request);
  const openHit = useOpenHit();
  const result = search.result;
  const key = JSON.stringify(request);

  const onQuery = (value: string) => {
    setQuery(value);
    // Replaced, not pushed: Back should leave the page, not step through every keystroke.
    const hash = routeHash({ name: 'search', q: value.trim() });
    window.history.replaceState(null, '', hash);
  };

  return (
    <div className="search-page">
      <h1 className="search-page__title">Search</h1>
      <input
        className="field__input search-page__input"
        type="search"
        aria-label="Search the notebook"
        placeholder="Words, “a phrase”, wor*, -exclude"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        autoFocus
      />
      <div className="search-page__layout">
        <SearchFilters values={filters} entities={entities.entities} onChange={setFilters} />
        <div className="search-page__results" aria-busy={search.loading}>
          {result?.rebuilding && (
            <p className="search-notice" role="status">
              Index is being rebuilt; results may be incomplete.
            </p>
          )}
          {search.error && (
            <p className="search-error" role="alert">
              {search.error}
            </p>
          )}
          {!query.trim() && (
            <p className="muted">Type to search sources, highlights, notes, entities and claims.</p>
          )}
          {query.trim() && result && (
            <p className="search-page__summary" role="status">
              {result.total === 0
                ? `Nothing matches “${search.answered ?? query.trim()}”.`
                : `${result.total.toLocaleString()} ${result.total === 1 ? 'result' : 'results'}`}
            </p>
          )}
          {query.trim() &&
            result?.groups.map((group) => (
              <ResultGroup
                key={`${key}/${group.kind}`}
                group={group}
                request={request}
                onOpen={(hit) => void openHit(hit, query)}
              />
            ))}
        </div>
      </div>
    </div>
  );
}
