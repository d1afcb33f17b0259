import { useState } from 'react';
import type { SearchGroup, SearchHit } from '../../shared/search/types';
import { HitBody } from './HitBody';
import { hitLink, kindHeading } from './hitLink';
import { useSearch, type SearchRequest } from './useSearch';

interface Props {
  group: SearchGroup;
  /** The request that produced `group`; "More" repeats it for this kind alone with a higher limit. */
  request: SearchRequest;
  onOpen: (hit: SearchHit) => void;
}

const STEP = 20;
const MAX_LIMIT = 200;

/** One kind's hits on the search page, with its total and a way to see more of them. */
export function ResultGroup({ group, request, onOpen }: Props) {
  const [limit, setLimit] = useState<number | null>(null);
  const more = useSearch(limit === null ? null : { ...request, kinds: [group.kind], limit }, 0);
  const wider = more.result?.groups.find((g) => g.kind === group.kind);
  const shown = wider && wider.hits.length >= group.hits.length ? wider : group;
  const headingId = `search-group-${group.kind}`;
  const current = limit ?? request.limit ?? 10;
  return (
    <section className="search-group search-group--page" aria-labelledby={headingId}>
      <h2 id={headingId} className="search-group__heading">
        {kindHeading(group.kind)} <span className="search-group__count">{shown.total}</span>
      </h2>
      <ul className="search-group__list">
        {shown.hits.map((hit) => (
          <li key={hit.id}>
            <a
              className="search-hit"
              href={hitLink(hit)}
              onClick={(event) => {
                if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
                event.preventDefault();
                onOpen(hit);
              }}
            >
              <HitBody hit={hit} />
            </a>
          </li>
        ))}
      </ul>
      {shown.total > shown.hits.length && current < MAX_LIMIT && (
        <button
          type="button"
          className="button button--small search-group__more"
          disabled={more.loading}
          onClick={() => setLimit(Math.min(MAX_LIMIT, current + STEP))}
        >
          {more.loading ? 'Loading…' : `More ${kindHeading(group.kind).toLowerCase()}`}
          <span className="muted"> ({shown.total - shown.hits.length} not shown)</span>
        </button>
      )}
    </section>
  );
}
