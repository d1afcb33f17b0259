import { useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../shared/contract/contract';
import type { SearchResult } from '../../shared/search/types';
import { useApi } from '../hooks/ApiContext';
import { errorMessage } from '../transport/ApiCallError';

export type SearchRequest = InputOf<'search'>;

export interface SearchState {
  /** The answer to the latest request that came back; kept while a newer one is on its way. */
  result: SearchResult | null;
  /** The query `result` answers. */
  answered: string | null;
  loading: boolean;
  error: string | null;
}

/** Pause after the last keystroke before asking, so typing a word costs one search, not five. */
export const SEARCH_DEBOUNCE_MS = 120;

/**
 * Live search: asks `debounceMs` after the request last changed, and drops any answer
 * that arrives after a newer request was sent (a slow early query never overwrites a later one).
 * A null request, or a blank query, clears the results.
 */
export function useSearch(request: SearchRequest | null, debounceMs = SEARCH_DEBOUNCE_MS): SearchState {
  const api = useApi();
  const [state, setState] = useState<SearchState>({
    result: null,
    answered: null,
    loading: false,
    error: null,
  });
  const seq = useRef(0);
  const key = request && request.query.trim() ? JSON.stringify(request) : null;

  useEffect(() => {
    const mine = ++seq.current;
    if (key === null) {
      setState({ result: null, answered: null, loading: false, error: null });
      return;
    }
    const input = JSON.parse(key) as SearchRequest;
    setState((prev) => ({ ...prev, loading: true }));
    const timer = setTimeout(() => {
      api.search(input).then(
        (result) => {
          if (mine === seq.current) setState({ result, answered: input.query, loading: false, error: null });
        },
        (error: unknown) => {
          if (mine === seq.current) setState((prev) => ({ ...prev, loading: false, error: errorMessage(error) }));
        },
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [api, key, debounceMs]);

  return state;
}
