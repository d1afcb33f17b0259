import { useMemo, useState, type FormEvent } from 'react';
import type { EntitySummary } from '../../shared/contract/results';
import type { Entity } from '../../shared/model';
import { LoadError } from '../ui/LoadError';
import { routeHash } from '../ui/route';
import { errorMessage } from '../transport/errorMessage';
import { typeLabel } from './entityLabels';
import { matchEntities } from './matchEntities';
import { useEntityList } from './useEntityList';
import './entities.css';
import { TypeOptions } from './EntityOptions';

/** `#/entities`: every person, organisation and place in the notebook, with how often each is tagged. */
export function EntitiesPage() {
  const list = useEntityList();
  const [filter, setFilter] = useState('');

  const shown = useMemo(() => {
    const keep = new Set(matchEntities(list.entities, filter, [], Number.POSITIVE_INFINITY).map((e) => e.id));
    return list.summaries.filter((s) => keep.has(s.entity.id));
  }, [list.entities, list.summaries, filter]);

  if (list.loaded.status === 'error' && !list.loaded.value) {
    return (
      <LoadError title="The entities could not be loaded" message={list.loaded.error} onRetry={list.reload} />
    );
  }
  return (
    <section className="page" aria-labelledby="entities-heading">
      <div className="page__bar">
        <h1 id="entities-heading" className="page__heading">
          Entities
        </h1>
        <span className="page__count">{list.summaries.length.toLocaleString()}</span>
        <input
          className="field__input page__filter"
          type="search"
          aria-label="Filter entities"
          placeholder="Filter by name or alias"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <NewEntityForm create={list.create} />
      {list.loaded.status === 'loading' && !list.loaded.value ? (
        <p className="loading" role="status">
          Loading entities…
        </p>
      ) : shown.length === 0 ? (
        <p className="muted page__empty">
          {list.summaries.length === 0
            ? 'No entities yet. Tag a highlight with a person or organisation (press e in the reader), or accept a suggestion.'
            : 'No entity matches the filter.'}
        </p>
      ) : (
        <EntityTable shown={shown} />
      )}
    </section>
  );
}

/** A new entity by name and type; on success the page of the new entity opens. */
function NewEntityForm({
  create: createEntity,
}: {
  create: (name: string, type: Entity['type']) => Promise<Entity>;
}) {
  const [name, setName] = useState('');
  const [type, setType] = useState<Entity['type']>('person');
  const [error, setError] = useState<string | null>(null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    try {
      const entity = await createEntity(name.trim(), type);
      setName('');
      setError(null);
      window.location.hash = routeHash({ name: 'entity', id: entity.id });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <form className="page__create" onSubmit={(event) => void create(event)} aria-label="New entity">
      <input
        className="field__input"
        aria-label="New entity name"
        placeholder="New entity name"
        value={name}
        maxLength={300}
        onChange={(event) => setName(event.target.value)}
      />
      <select
        className="select"
        aria-label="Type"
        value={type}
        onChange={(e) => setType(e.target.value as Entity['type'])}
      >
        <TypeOptions />
      </select>
      <button type="submit" className="button" disabled={!name.trim()}>
        Add entity
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function EntityTable({ shown }: { shown: readonly EntitySummary[] }) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Also known as</th>
          <th scope="col" className="table__num">
            Highlights
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map(({ entity, highlightCount }) => (
          <tr key={entity.id}>
            <td>
              <a href={routeHash({ name: 'entity', id: entity.id })}>{entity.name}</a>
            </td>
            <td>{typeLabel(entity.type)}</td>
            <td className="muted">{entity.aliases.join(', ')}</td>
            <td className="table__num">{highlightCount.toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
