import { useState } from 'react';
import { namesOf } from '../../shared/entities/mergeEntities';
import { LoadError } from '../ui/LoadError';
import { routeHash, sourceLink } from '../ui/route';
import { errorMessage } from '../transport/ApiCallError';
import { EntityDetailsForm } from './EntityDetailsForm';
import { typeLabel } from './entityLabels';
import { MentionList } from './MentionList';
import { MergeControl } from './MergeControl';
import { useEntityList } from './useEntityList';
import { useEntityPage } from './useEntityPage';
import './entities.css';

/** `#/entity/<id>`: the entity's details, tagged highlights, mentions across sources, counts; merge. */
export function EntityPage({ id }: { id: string }) {
  const page = useEntityPage(id);
  const list = useEntityList();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const data = page.loaded.value;

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      list.reload();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const back = (
    <a className="page__back" href={routeHash({ name: 'entities' })}>
      <span aria-hidden="true">←</span> Entities
    </a>
  );
  if (!data) {
    if (page.loaded.status === 'error') {
      return (
        <section className="page">
          {back}
          <LoadError
            title="This entity could not be opened"
            message={page.loaded.error}
            onRetry={page.reload}
          />
        </section>
      );
    }
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  }
  const { entity } = data;
  return (
    <section className="page entity-page" aria-labelledby="entity-heading">
      {back}
      <header className="entity-page__header">
        <h1 id="entity-heading" className="page__heading">
          {entity.name}
        </h1>
        <span className="entity-page__type">{typeLabel(entity.type)}</span>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="entity-page__grid">
        <aside className="entity-page__side" aria-label="Details">
          <EntityDetailsForm
            key={entity.updatedAt}
            entity={entity}
            busy={busy}
            onSave={(changes) => void run(() => page.update(changes))}
          />
          <MergeControl
            entity={entity}
            others={list.entities.filter((e) => e.id !== entity.id)}
            busy={busy}
            onMerge={(mergeId) => void run(() => page.mergeIn(mergeId))}
            onDelete={() =>
              void run(async () => {
                await page.remove();
                window.location.hash = routeHash({ name: 'entities' });
              })
            }
          />
        </aside>
        <div className="entity-page__main">
          <h2 className="page__section">Sources</h2>
          {data.countsBySource.length === 0 ? (
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
                {data.countsBySource.map((c) => (
                  <tr key={c.sourceId}>
                    <td>
                      <a href={routeHash({ name: 'source', id: c.sourceId })}>
                        {c.sourceTitle || 'Untitled'}
                      </a>
                    </td>
                    <td className="table__num">{c.mentions.toLocaleString()}</td>
                    <td className="table__num">{c.highlights.toLocaleString()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h2 className="page__section">
            Tagged highlights <span className="page__count">{data.highlights.length}</span>
          </h2>
          {data.highlights.length === 0 ? (
            <p className="muted">No highlight is tagged with {entity.name} yet.</p>
          ) : (
            <ul className="tagged">
              {data.highlights.map(({ highlight, sourceTitle }) => (
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

          <h2 className="page__section">
            Mentions <span className="page__count">{data.mentions.length}</span>
          </h2>
          <MentionList mentions={data.mentions} names={namesOf(entity)} truncated={data.truncated} />
        </div>
      </div>
    </section>
  );
}
