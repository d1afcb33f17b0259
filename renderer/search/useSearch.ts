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

interface Settled {
  key: string;
  result: SearchResult | null;
  answered: string | null;
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
  const [settled, setSettled] = useState<Settled | null>(null);
  const seq = useRef(0);
  const key = request && request.query.trim() ? JSON.stringify(request) : null;

  useEffect(() => {
    const mine = ++seq.current;
    if (key === null) return;
    const input = JSON.parse(key) as SearchRequest;
    const timer = setTimeout(() => {
      api.search(input).then(
        (result) => {
          if (mine === seq.current) setSettled({ key, result, answered: input.query, error: null });
        },
        (error: unknown) => {
          if (mine === seq.current)
            setSettled((prev) => ({
              key,
              result: prev?.result ?? null,
              answered: prev?.answered ?? null,
              error: errorMessage(error),
            }));
        },
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [api, key, debounceMs]);

  if (key === null || !settled) return { result: null, answered: null, loading: key !== null, error: null };
  return {
    result: settled.result,
    answered: settled.answered,
    loading: settled.key !== key,
    error: settled.key === key ? settled.error : null,
  };
}
