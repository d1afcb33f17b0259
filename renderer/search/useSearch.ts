import { useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../shared/contract/contract';
import type { SearchResult } from '../../shared/search/types';
import { useApi } from '../transport/ApiContext';
import { errorMessage } from '../transport/errorMessage';

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

/** While the index is being rebuilt, the same question is asked again this often. */
export const REBUILD_RETRY_MS = 1500;

/**
 * Live search: asks `debounceMs` after the request last changed, and drops any answer
 * that arrives after a newer request was sent (a slow early query never overwrites a later one).
 * A null request, or a blank query, clears the results.
 */
export function useSearch(request: SearchRequest | null, debounceMs = SEARCH_DEBOUNCE_MS): SearchState {
  const api = useApi();
  const [settled, setSettled] = useState<Settled | null>(null);
  const [retries, setRetries] = useState(0);
  const seq = useRef(0);
  const key = request && request.query.trim() ? JSON.stringify(request) : null;

  // An answer from a half-rebuilt index is shown at once and replaced when the index has caught up.
  const incomplete = settled !== null && settled.key === key && settled.result?.rebuilding === true;
  useEffect(() => {
    if (!incomplete) return;
    const timer = setTimeout(() => setRetries((n) => n + 1), REBUILD_RETRY_MS);
    return () => clearTimeout(timer);
  }, [incomplete, settled]);

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
  }, [api, key, debounceMs, retries]);

  if (key === null || !settled) return { result: null, answered: null, loading: key !== null, error: null };
  return {
    result: settled.result,
    answered: settled.answered,
    loading: settled.key !== key,
    error: settled.key === key ? settled.error : null,
  };
}
