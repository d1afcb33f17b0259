import type { SourceDetails } from '../../shared/contract/results';
import { routeHash } from '../ui/route';
import { bestFirst, scorePercent } from './similarLabel';

interface Props {
  sourceId: string;
  similar: SourceDetails['similar'];
}

/** Near-duplicates and rewrites of this source, closest first, each with a way to compare. */
export function SimilarSources({ sourceId, similar }: Props) {
  return (
    <section className="details__panel" aria-labelledby="details-similar">
      <h2 id="details-similar" className="details__heading">
        Similar sources
      </h2>
      {similar.length === 0 ? (
        <p className="muted">No other source in the notebook reads like this one.</p>
      ) : (
        <ul className="similar">
          {bestFirst(similar).map((other) => (
            <li key={other.sourceId} className="similar__item">
              <span className="similar__score" aria-label={`${scorePercent(other.score)} alike`}>
                {scorePercent(other.score)}
              </span>
              <span className="similar__title">
                <a href={routeHash({ name: 'source', id: other.sourceId })}>{other.title || 'Untitled'}</a>
                {other.site && <span className="muted"> · {other.site}</span>}
              </span>
              <a
                className="button similar__compare"
                href={routeHash({ name: 'compare', leftId: sourceId, rightId: other.sourceId })}
              >
                Compare
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
