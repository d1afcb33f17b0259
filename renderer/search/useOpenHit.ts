import { useCallback } from 'react';
import type { SearchHit } from '../../shared/search/types';
import { useApi } from '../transport/ApiContext';
import { sourceLink } from '../ui/route';
import { firstMatch } from './firstMatch';
import { hitLink } from './hitLink';

/**
 * Opens a hit where it leads. A source opens at the query's first match in its text, which
 * the reader scrolls to and flashes; if the text cannot be had (or only the title matched),
 * the source opens at the top.
 */
export function useOpenHit(): (hit: SearchHit, query: string) => Promise<void> {
  const api = useApi();
  return useCallback(
    async (hit, query) => {
      if (hit.kind !== 'source') {
        window.location.hash = hitLink(hit);
        return;
      }
      let link = hitLink(hit);
      try {
        const { text } = await api.getSource({ id: hit.id });
        const span = firstMatch(text, query);
        if (span) link = sourceLink(hit.id, { offset: span.start, end: span.end });
      } catch {
        // The reader reports a missing source itself, in plain words.
      }
      window.location.hash = link;
    },
    [api],
  );
}
