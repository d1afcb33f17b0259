import { useId, useState } from 'react';
import type { ClaimView } from '../../shared/contract/results';
import type { Entity } from '../../shared/model';
import type { Status } from './claimLabels';
import { RecordChanges } from '../sync/RecordChanges';
import { ClaimFacts, DeleteClaim, StatementForm } from './ClaimCardParts';
import { EvidenceGroups } from './EvidenceGroups';
import { CLAIM_DRAG_TYPE } from './QuestionCard';
import type { RateActions } from './RatingControl';
import { supportLabel } from './ratingLabels';

interface Props {
  view: ClaimView;
  claimants: readonly Entity[];
  busy: boolean;
  onUpdate: (changes: { statement?: string; status?: Status; claimantId?: string | null }) => void;
  onRemoveEvidence: (highlightId: string) => void;
  onDelete: () => void;
  /** The board's questions, to answer one (by choosing it here, or by dragging the card onto it). */
  questions?: ReadonlyArray<{ id: string; text: string }>;
  onAssign?: (questionId: string | null) => void;
  rate?: RateActions;
}

/** Which question the claim answers, chosen from a list: the keyboard's way to group claims. */
function QuestionChoice(props: {
  view: ClaimView;
  questions: ReadonlyArray<{ id: string; text: string }>;
  busy: boolean;
  onAssign: (questionId: string | null) => void;
}) {
  return (
    <label className="claim__fact">
      <span className="claim__fact-label">Answers</span>
      <select
        className="select"
        data-card-action="answer"
        value={props.view.questionId ?? ''}
        disabled={props.busy}
        onChange={(event) => props.onAssign(event.target.value || null)}
      >
        <option value="">No question</option>
        {props.questions.map((q) => (
          <option key={q.id} value={q.id}>
            {q.text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One claim on the board: statement, claimant, status with the evidence's suggestion, and the evidence. */
// Long because: the card's markup top to bottom; its parts are components already.
export function ClaimCard(props: Props) {
  const { view, claimants, busy, onUpdate, onRemoveEvidence, onDelete, questions, onAssign, rate } = props;
  const id = useId();
  const { claim, contested } = view;
  const [editing, setEditing] = useState(false);
  const draft = useState(claim.statement);

  return (
    <article
      className={contested ? 'claim claim--contested' : 'claim'}
      aria-labelledby={`${id}-statement`}
      // Focusable for the board's j/k, so the card's keys know which claim they act on.
      tabIndex={-1}
      draggable={onAssign !== undefined}
      onDragStart={(event) => {
        event.dataTransfer.setData(CLAIM_DRAG_TYPE, claim.id);
        event.dataTransfer.effectAllowed = 'link';
      }}
    >
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
      <RecordChanges kind="claims" id={claim.id} version={`${claim.status}|${claim.statement}`} />
      <p className="claim__support">
        <span>For: {supportLabel(view.support)}</span>
        <span>Against: {supportLabel(view.against)}</span>
        {questions && onAssign && (
          <QuestionChoice view={view} questions={questions} busy={busy} onAssign={onAssign} />
        )}
      </p>
      <EvidenceGroups evidence={view.evidence} busy={busy} onRemove={onRemoveEvidence} rate={rate} />
      <footer className="claim__footer">
        {!editing && (
          <button
            type="button"
            className="button button--quiet button--small"
            data-card-action="edit"
            aria-keyshortcuts="r"
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
