import { useCallback } from 'react';
import type { NotebookInfo, SourceSummary, SourceWithText } from '../../shared/contract/results';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';

/** The open notebook's name, counts and notices. */
export function useNotebookInfo() {
  const api = useApi();
  return useLoad<NotebookInfo>(
    useCallback(() => api.getNotebookInfo({}), [api]),
    'info',
  );
}

/** Every source summary, for the library. */
export function useSources() {
  const api = useApi();
  return useLoad<SourceSummary[]>(
    useCallback(() => api.listSources({}), [api]),
    'sources',
  );
}

/** One source with its clean text, for the reader. */
export function useSource(id: string) {
  const api = useApi();
  return useLoad<SourceWithText>(
    useCallback(() => api.getSource({ id }), [api, id]),
    id,
  );
}
