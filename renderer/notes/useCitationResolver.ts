import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Api } from '../../shared/contract/contract';
import type { CitationInfo } from '../../shared/contract/results';
import { citationKey, type CitationTarget } from '../../shared/notes/collectCitations';
import { errorMessage } from '../transport/errorMessage';

/** The contract accepts this many targets per call. */
const BATCH = 5000;

/**
 * Looks citations up once each (quote, source, date, broken or not) and keeps the answers for the
 * editor's synchronous `resolve` and for the references list. `onResolved` runs after new answers.
 */
export function useCitationResolver(api: Api, onResolved: () => void) {
  const cache = useRef(new Map<string, CitationInfo>());
  const asked = useRef(new Set<string>());
  const onResolvedRef = useRef(onResolved);
  useLayoutEffect(() => {
    onResolvedRef.current = onResolved;
  });
  const [infos, setInfos] = useState<ReadonlyMap<string, CitationInfo>>(new Map());
  const [error, setError] = useState<string | null>(null);

  const resolve = useCallback((target: CitationTarget) => cache.current.get(citationKey(target)), []);

  const request = useCallback(
    async (targets: CitationTarget[]) => {
      const missing = new Map<string, CitationTarget>();
      for (const t of targets) {
        const key = citationKey(t);
        if (!asked.current.has(key))
          missing.set(key, { sourceId: t.sourceId, highlightId: t.highlightId, locator: t.locator });
      }
      if (missing.size === 0) return;
      for (const key of missing.keys()) asked.current.add(key);
      const list = [...missing.values()];
      try {
        for (let i = 0; i < list.length; i += BATCH) {
          for (const info of await api.resolveCitations({ targets: list.slice(i, i + BATCH) })) {
            cache.current.set(citationKey(info), info);
          }
        }
        setError(null);
      } catch (e) {
        // Let a later change ask again.
        for (const key of missing.keys()) if (!cache.current.has(key)) asked.current.delete(key);
        setError(`Citation details could not be loaded: ${errorMessage(e)}`);
      }
      setInfos(new Map(cache.current));
      onResolvedRef.current();
    },
    [api],
  );

  return { resolve, request, infos, error };
}
