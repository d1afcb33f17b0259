import type { EntityPage } from '../../shared/contract/results';
import { routeHash, sourceLink } from '../ui/route';

/** How often each source mentions the entity and how many of its highlights are tagged with it. */
export function SourceCounts({ counts }: { counts: EntityPage['countsBySource'] }) {
  return (
    <>
      <h2 className="page__section">Sources</h2>
      {counts.length === 0 ? (
        <p className="muted">Not found in any source yet.</p>
      ) : (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col" className="table__num">
                Mentions
              </th>
              <th scope="col" className="table__num">
                Highlights
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.sourceId}>
                <td>
                  <a href={routeHash({ name: 'source', id: c.sourceId })}>{c.sourceTitle || 'Untitled'}</a>
                </td>
                <td className="table__num">{c.mentions.toLocaleString()}</td>
                <td className="table__num">{c.highlights.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** The highlights tagged with the entity, each with a link to its passage. */
export function TaggedHighlights({
  name,
  highlights,
}: {
  name: string;
  highlights: EntityPage['highlights'];
}) {
  return (
    <>
      <h2 className="page__section">
        Tagged highlights <span className="page__count">{highlights.length}</span>
      </h2>
      {highlights.length === 0 ? (
        <p className="muted">No highlight is tagged with {name} yet.</p>
      ) : (
        <ul className="tagged">
          {highlights.map(({ highlight, sourceTitle }) => (
            <li key={highlight.id} className={`tagged__item hl-card--c${highlight.color}`}>
              <span className="tagged__source">{sourceTitle || 'Untitled'}</span>
              <q className="tagged__quote">{highlight.quote.exact}</q>
              {highlight.comment && <p className="tagged__comment">{highlight.comment}</p>}
              <a
                className="tagged__jump"
                href={sourceLink(highlight.sourceId, { highlightId: highlight.id })}
              >
                Show in source
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
