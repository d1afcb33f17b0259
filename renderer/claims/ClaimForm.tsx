import { useId, useState, type FormEvent } from 'react';
import { formKeys } from '../ui/formKeys';
import { stanceLabel, stances, type Stance } from './claimLabels';

interface Props {
  initialStatement: string;
  busy?: boolean;
  /** Whether to ask how the passage bears on the claim (it does when the claim is made from a highlight). */
  withStance?: boolean;
  submitLabel?: string;
  onSubmit: (statement: string, stance: Stance) => void;
  onCancel: () => void;
}

/** A new claim: its statement (prefilled with the quote) and the highlight's stance towards it. */
// Long because: one form's fields in order, over the form's own state.
export function ClaimForm({
  initialStatement,
  busy,
  withStance = true,
  submitLabel = 'Create claim',
  onSubmit,
  onCancel,
}: Props) {
  const id = useId();
  const [statement, setStatement] = useState(initialStatement);
  const [stance, setStance] = useState<Stance>('supports');
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (statement.trim() && !busy) onSubmit(statement.trim(), stance);
  };
  const onKeyDown = formKeys(submit, onCancel);
  return (
    <form className="mini-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label="New claim">
      <label className="field" htmlFor={`${id}-statement`}>
        <span className="field__label">Claim</span>
      </label>
      <textarea
        id={`${id}-statement`}
        className="field__input mini-form__area"
        value={statement}
        maxLength={2000}
        // Opened on request; the statement is what the user came to edit.
        autoFocus
        onChange={(event) => setStatement(event.target.value)}
      />
      {withStance && (
        <label className="mini-form__row">
          <span>This passage</span>
          <select
            className="select"
            value={stance}
            onChange={(event) => setStance(event.target.value as Stance)}
          >
            {stances.map((s) => (
              <option key={s} value={s}>
                {s === 'context' ? 'gives context' : stanceLabel(s).toLowerCase()}
              </option>
            ))}
          </select>
          <span>it</span>
        </label>
      )}
      <div className="mini-form__actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy || !statement.trim()}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
