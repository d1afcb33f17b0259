import { useCallback } from 'react';
import type { SourceDetails } from '../../shared/contract/results';
import type { Source } from '../../shared/model/source';
import { useApi } from '../transport/ApiContext';
import { useLoad } from '../ui/useLoad';
import { routeHash } from '../ui/route';
import { bestFirst, similarLabel } from './similarLabel';
import './details.css';

/**
 * One line for the reader's header: the closest similar source (opens the
 * comparison), the details page, and the removed text when there is any.
 */
export function SourceDetailsLinks({ source }: { source: Source }) {
  const api = useApi();
  // Keyed on the text too, so a restore (new text) refreshes the count.
  const details = useLoad<SourceDetails>(
    useCallback(() => api.getSourceDetails({ id: source.id }), [api, source.id]),
    `${source.id}:${source.textSha256}:${source.similar.length}`,
  );
  const similar = details.value?.similar ?? [];
  const best = bestFirst(similar)[0];
  const label = similarLabel(similar.map((s) => ({ sourceId: s.sourceId, score: s.score, title: s.title })));
  const removed = details.value?.extraction?.removed.length ?? 0;
  return (
    <p className="source-links">
      {best && label && (
        <a
          className="source-links__similar"
          href={routeHash({ name: 'compare', leftId: source.id, rightId: best.sourceId })}
        >
          {label}
        </a>
      )}
      <a href={routeHash({ name: 'sourceDetails', id: source.id })}>Details &amp; provenance</a>
      {removed > 0 && (
        <a href={routeHash({ name: 'sourceDetails', id: source.id, showRemoved: true })}>
          Show removed text ({removed})
        </a>
      )}
    </p>
  );
}
