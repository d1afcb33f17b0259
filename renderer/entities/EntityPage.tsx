import { namesOf } from '../../shared/entities/mergeEntities';
import { LoadError } from '../ui/LoadError';
import { routeHash } from '../ui/route';
import { useBusyAction } from '../ui/useBusyAction';
import type { Loaded } from '../ui/useLoad';
import { EntityDetailsForm } from './EntityDetailsForm';
import { SourceCounts, TaggedHighlights } from './EntityEvidence';
import { typeLabel } from './entityLabels';
import { MentionList } from './MentionList';
import { MergeControl } from './MergeControl';
import { useEntityList } from './useEntityList';
import { useEntityPage } from './useEntityPage';
import './entities.css';

const back = (
  <a className="page__back" href={routeHash({ name: 'entities' })}>
    <span aria-hidden="true">←</span> Entities
  </a>
);

/** `#/entity/<id>`: the entity's details, tagged highlights, mentions across sources, counts; merge. */
export function EntityPage({ id }: { id: string }) {
  const page = useEntityPage(id);
  const list = useEntityList();
  const { busy, error, run } = useBusyAction(list.reload);
  const data = page.loaded.value;
  if (!data) return <EntityNotLoaded loaded={page.loaded} onRetry={page.reload} />;

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
          <SourceCounts counts={data.countsBySource} />
          <TaggedHighlights name={entity.name} highlights={data.highlights} />
          <h2 className="page__section">
            Mentions <span className="page__count">{data.mentions.length}</span>
          </h2>
          <MentionList mentions={data.mentions} names={namesOf(entity)} truncated={data.truncated} />
        </div>
      </div>
    </section>
  );
}

function EntityNotLoaded({ loaded, onRetry }: { loaded: Loaded<unknown>; onRetry: () => void }) {
  if (loaded.status !== 'error') {
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  }
  return (
    <section className="page">
      {back}
      <LoadError title="This entity could not be opened" message={loaded.error} onRetry={onRetry} />
    </section>
  );
}
