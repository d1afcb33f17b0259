import { useId, useState } from 'react';
import type { ClaimView } from '../../shared/contract/results';
import type { Entity } from '../../shared/model';
import type { Status } from './claimLabels';
import { ClaimFacts, DeleteClaim, StatementForm } from './ClaimCardParts';
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
  const { claim, contested } = view;
  const [editing, setEditing] = useState(false);
  const draft = useState(claim.statement);

  return (
    <article className={contested ? 'claim claim--contested' : 'claim'} aria-labelledby={`${id}-statement`}>
      <header className="claim__header">
        {editing ? (
          <StatementForm
            id={`${id}-statement`}
            draft={draft}
            busy={busy}
            onSave={(statement) => onUpdate({ statement })}
            onClose={() => setEditing(false)}
          />
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
      <ClaimFacts view={view} claimants={claimants} busy={busy} onUpdate={onUpdate} />
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
        <DeleteClaim busy={busy} onDelete={onDelete} />
      </footer>
    </article>
  );
}
