import { useState } from 'react';
import type { ClaimView } from '../../shared/contract/results';
import type { Entity } from '../../shared/model';
import { statusLabel, type Status } from './claimLabels';
import { StatusOptions } from './StatusOptions';
import { EntityOptions } from '../entities/EntityOptions';

type Changes = { statement?: string; status?: Status; claimantId?: string | null };

/** The statement in a text box, saved (when not empty) or left as it was; the draft is the card's. */
export function StatementForm(props: {
  id: string;
  draft: [string, (statement: string) => void];
  busy: boolean;
  onSave: (statement: string) => void;
  onClose: () => void;
}) {
  const [statement, setStatement] = props.draft;
  return (
    <form
      className="claim__edit"
      onSubmit={(event) => {
        event.preventDefault();
        if (statement.trim()) props.onSave(statement.trim());
        props.onClose();
      }}
    >
      <textarea
        id={props.id}
        aria-label="Statement"
        className="field__input"
        // Opened on request (Edit statement, or r on the card): the text box is where the reporter is going.
        autoFocus
        value={statement}
        maxLength={2000}
        onChange={(event) => setStatement(event.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={props.busy || !statement.trim()}>
        Save
      </button>
      <button type="button" className="button button--quiet" onClick={props.onClose}>
        Cancel
      </button>
    </form>
  );
}

/** Status (beside what the evidence suggests) and claimant, each changed in place. */
export function ClaimFacts(props: {
  view: ClaimView;
  claimants: readonly Entity[];
  busy: boolean;
  onUpdate: (changes: Changes) => void;
}) {
  const { view, claimants, busy, onUpdate } = props;
  const { claim, suggestedStatus } = view;
  const differs = suggestedStatus !== claim.status && view.evidence.length > 0;
  return (
    <div className="claim__facts">
      <label className="claim__fact">
        <span className="claim__fact-label">Status</span>
        <select
          className="select"
          data-card-action="status"
          value={claim.status}
          disabled={busy}
          onChange={(event) => onUpdate({ status: event.target.value as Status })}
        >
          <StatusOptions />
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
          data-card-action="claimant"
          value={claim.claimantId ?? ''}
          disabled={busy}
          onChange={(event) => onUpdate({ claimantId: event.target.value || null })}
        >
          <option value="">Not recorded</option>
          <EntityOptions entities={claimants} />
        </select>
      </label>
    </div>
  );
}

/** Delete, asked twice: "Delete…" turns into "Delete claim" and "Keep it". */
export function DeleteClaim({ busy, onDelete }: { busy: boolean; onDelete: () => void }) {
  const [confirm, setConfirm] = useState(false);
  if (!confirm) {
    return (
      <button type="button" className="button button--quiet button--small" onClick={() => setConfirm(true)}>
        Delete…
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button button--danger button--small"
        disabled={busy}
        onClick={onDelete}
      >
        Delete claim
      </button>
      <button type="button" className="button button--quiet button--small" onClick={() => setConfirm(false)}>
        Keep it
      </button>
    </>
  );
}
