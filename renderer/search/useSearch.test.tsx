// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../shared/contract/contract';
import type { SearchResult } from '../../shared/search/types';
import { ApiContext } from '../transport/ApiContext';
import { REBUILD_RETRY_MS, SEARCH_DEBOUNCE_MS, useSearch } from './useSearch';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const answer = (total: number, rebuilding: boolean): SearchResult => ({ groups: [], total, rebuilding });

let root: Root;
let container: HTMLElement;

/** Shows what the hook returns, as the search page would. */
function Probe({ query }: { query: string }) {
  const { result, loading } = useSearch({ query, limit: 10 });
  return createElement('output', {
    'data-total': result?.total ?? '',
    'data-rebuilding': String(result?.rebuilding ?? ''),
    'data-loading': String(loading),
  });
}

const shown = () => {
  const out = container.querySelector('output');
  return {
    total: Number(out?.getAttribute('data-total')),
    rebuilding: out?.getAttribute('data-rebuilding'),
    loading: out?.getAttribute('data-loading'),
  };
};

function mount(search: Api['search'], query: string) {
  const api = { search } as unknown as Api;
  act(() => root.render(createElement(ApiContext.Provider, { value: api }, createElement(Probe, { query }))));
}

describe('useSearch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    container = document.createElement('div');
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
  });

  it('asks again while the index is being rebuilt, and stops once the answer is complete', async () => {
    const answers = [answer(3, true), answer(40, true), answer(120, false)];
    const search = vi.fn(() => Promise.resolve(answers.shift() ?? answer(120, false)));
    mount(search, 'pokrovsk');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(shown()).toEqual({ total: 3, rebuilding: 'true', loading: 'false' });

    // Each wait lets React commit what the timers set off (the retry, then the debounced ask).
    const wait = async (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
    await wait(REBUILD_RETRY_MS);
    await wait(SEARCH_DEBOUNCE_MS);
    expect(shown()).toEqual({ total: 40, rebuilding: 'true', loading: 'false' });
    await wait(REBUILD_RETRY_MS);
    await wait(SEARCH_DEBOUNCE_MS);
    expect(shown()).toEqual({ total: 120, rebuilding: 'false', loading: 'false' });

    for (let i = 0; i < 5; i++) await wait(REBUILD_RETRY_MS);
    expect(search).toHaveBeenCalledTimes(3);
  });
});
