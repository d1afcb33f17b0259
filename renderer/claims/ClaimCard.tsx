import { useId, useState } from 'react';
import type { ClaimView } from '../../shared/contract/results';
import type { Entity } from '../../shared/model';
import { claimStatuses, statusLabel, type Status } from './claimLabels';
import { EvidenceGroups } from './EvidenceGroups';

interface Props {
  view: ClaimView;
  claimants: readonly Entity[];
  busy: boolean;
  onUpdate: (changes: { statement?: string; status?: Status; claimantId?: string | null }) => void;
  onRemoveEvidence: (highlightId: string) => void;
  onDelete: () => void;
}

/** One claim on the board: statement, claimant, status with the evidence's suggestion, and the evidence. */
export function ClaimCard({ view, claimants, busy, onUpdate, onRemoveEvidence, onDelete }: Props) {
  const id = useId();
  const { claim, contested, suggestedStatus } = view;
  const [editing, setEditing] = useState(false);
  const [statement, setStatement] = useState(claim.statement);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const differs = suggestedStatus !== claim.status && view.evidence.length > 0;

  return (
    <article className={contested ? 'claim claim--contested' : 'claim'} aria-labelledby={`${id}-statement`}>
      <header className="claim__header">
        {editing ? (
          <form
            className="claim__edit"
            onSubmit={(event) => {
              event.preventDefault();
              if (statement.trim()) onUpdate({ statement: statement.trim() });
              setEditing(false);
            }}
          >
            <textarea
              id={`${id}-statement`}
              aria-label="Statement"
              className="field__input"
              value={statement}
              maxLength={2000}
              onChange={(event) => setStatement(event.target.value)}
            />
            <button type="submit" className="button button--primary" disabled={busy || !statement.trim()}>
              Save
            </button>
            <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <h2 id={`${id}-statement`} className="claim__statement">
            {claim.statement}
          </h2>
        )}
        {contested && (
          <span className="badge badge--contested" title="There is evidence both for and against this claim">
            Contested
          </span>
        )}
      </header>
      <div className="claim__facts">
        <label className="claim__fact">
          <span className="claim__fact-label">Status</span>
          <select
            className="select"
            value={claim.status}
            disabled={busy}
            onChange={(event) => onUpdate({ status: event.target.value as Status })}
          >
            {claimStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        {view.evidence.length > 0 && (
          <span className={differs ? 'claim__suggested claim__suggested--differs' : 'claim__suggested'}>
            Evidence suggests: {statusLabel(suggestedStatus).toLowerCase()}
          </span>
        )}
        <label className="claim__fact">
          <span className="claim__fact-label">Claimant</span>
          <select
            className="select"
            value={claim.claimantId ?? ''}
            disabled={busy}
            onChange={(event) => onUpdate({ claimantId: event.target.value || null })}
          >
            <option value="">Not recorded</option>
            {claimants.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <EvidenceGroups evidence={view.evidence} busy={busy} onRemove={onRemoveEvidence} />
      <footer className="claim__footer">
        {!editing && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setEditing(true)}
          >
            Edit statement
          </button>
        )}
        {confirmDelete ? (
          <>
            <button
              type="button"
              className="button button--danger button--small"
              disabled={busy}
              onClick={onDelete}
            >
              Delete claim
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setConfirmDelete(false)}
            >
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setConfirmDelete(true)}
          >
            Delete…
          </button>
        )}
      </footer>
    </article>
  );
}
