import { useState } from 'react';
import type { Entity } from '../../shared/model';

interface Props {
  entity: Entity;
  others: readonly Entity[];
  busy: boolean;
  onMerge: (mergeId: string) => void;
  onDelete: () => void;
}

/** Merge another entity into this one, or delete this one; both ask once more before acting. */
// Long because: the merge and delete confirmations are steps of one state; each step's markup is short.
export function MergeControl({ entity, others, busy, onMerge, onDelete }: Props) {
  const [mergeId, setMergeId] = useState('');
  const [confirm, setConfirm] = useState<'merge' | 'delete' | null>(null);
  const chosen = others.find((e) => e.id === mergeId);
  return (
    <div className="merge">
      {others.length > 0 && (
        <div className="merge__row">
          <label className="merge__label">
            <span>Merge into {entity.name}:</span>
            <select
              className="select"
              value={mergeId}
              onChange={(event) => {
                setMergeId(event.target.value);
                setConfirm(null);
              }}
            >
              <option value="">Choose an entity…</option>
              {others.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          {confirm === 'merge' && chosen ? (
            <>
              <span className="merge__warning">
                “{chosen.name}” will become an alias of {entity.name}, and its highlights will move here.
              </span>
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => {
                  onMerge(chosen.id);
                  setMergeId('');
                  setConfirm(null);
                }}
              >
                Confirm merge
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirm(null)}>
                Cancel
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button"
              disabled={busy || !chosen}
              onClick={() => setConfirm('merge')}
            >
              Merge…
            </button>
          )}
        </div>
      )}
      <div className="merge__row">
        {confirm === 'delete' ? (
          <>
            <span className="merge__warning">Delete {entity.name}? Its highlights stay, untagged.</span>
            <button type="button" className="button button--danger" disabled={busy} onClick={onDelete}>
              Delete entity
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirm(null)}>
              Cancel
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--quiet merge__delete"
            onClick={() => setConfirm('delete')}
          >
            Delete entity…
          </button>
        )}
      </div>
    </div>
  );
}
