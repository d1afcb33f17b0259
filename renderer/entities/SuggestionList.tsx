import { useState } from 'react';
import type { EntitySuggestionView } from '../../shared/contract/results';
import type { Entity } from '../../shared/model';
import { routeHash } from '../ui/route';
import { typeLabel } from './entityLabels';

interface Props {
  suggestions: readonly EntitySuggestionView[];
  entities: readonly Entity[];
  busy: boolean;
  onAccept: (s: EntitySuggestionView) => void;
  onReject: (s: EntitySuggestionView) => void;
  onAddTo: (s: EntitySuggestionView, entity: Entity) => void;
}

/** Names found in the source, most mentioned first: accept, reject, or add to an existing entity. */
export function SuggestionList({ suggestions, entities, busy, onAccept, onReject, onAddTo }: Props) {
  const open = suggestions.filter((s) => s.state !== 'rejected');
  const rejected = suggestions.filter((s) => s.state === 'rejected');
  if (suggestions.length === 0)
    return <p className="muted panel__empty">No names stood out in this source.</p>;
  return (
    <>
      <ul className="suggestions">
        {open.map((s) => (
          <SuggestionRow
            key={s.name}
            s={s}
            entities={entities}
            busy={busy}
            {...{ onAccept, onReject, onAddTo }}
          />
        ))}
      </ul>
      {rejected.length > 0 && (
        <details className="suggestions__rejected">
          <summary>Rejected ({rejected.length})</summary>
          <ul className="suggestions">
            {rejected.map((s) => (
              <li key={s.name} className="suggestion suggestion--rejected">
                <span className="suggestion__name">{s.name}</span>
                <span className="suggestion__count">{s.count}×</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function SuggestionRow({
  s,
  entities,
  busy,
  onAccept,
  onReject,
  onAddTo,
}: Omit<Props, 'suggestions'> & { s: EntitySuggestionView }) {
  const [target, setTarget] = useState('');
  const chosen = entities.find((e) => e.id === target);
  return (
    <li className="suggestion">
      <div className="suggestion__head">
        <span className="suggestion__name">{s.name}</span>
        <span className="suggestion__type">{typeLabel(s.type)}</span>
        <span className="suggestion__count" title="Mentions in this source">
          {s.count} {s.count === 1 ? 'mention' : 'mentions'}
        </span>
      </div>
      {s.aliases.length > 0 && <p className="suggestion__aliases">Also: {s.aliases.join(', ')}</p>}
      {s.state === 'exists' && s.entityId ? (
        <a className="suggestion__exists" href={routeHash({ name: 'entity', id: s.entityId })}>
          In the notebook
        </a>
      ) : (
        <div className="suggestion__actions">
          <button type="button" className="button button--small" disabled={busy} onClick={() => onAccept(s)}>
            Accept
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={busy}
            onClick={() => onReject(s)}
          >
            Reject
          </button>
          {entities.length > 0 && (
            <span className="suggestion__merge">
              <select
                className="select select--small"
                aria-label={`Merge “${s.name}” into an existing entity`}
                value={target}
                onChange={(event) => setTarget(event.target.value)}
              >
                <option value="">Merge into…</option>
                {entities.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--small"
                disabled={busy || !chosen}
                onClick={() => chosen && onAddTo(s, chosen)}
              >
                Merge
              </button>
            </span>
          )}
        </div>
      )}
    </li>
  );
}
