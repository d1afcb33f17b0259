import { useState, type FormEvent } from 'react';
import type { Entity } from '../../shared/model';

interface Props {
  claimants: readonly Entity[];
  busy: boolean;
  onCreate: (input: { statement: string; claimantId: string | null }) => void;
}

/** A claim typed in directly (most come from highlights in the reader). */
export function NewClaimForm({ claimants, busy, onCreate }: Props) {
  const [statement, setStatement] = useState('');
  const [claimantId, setClaimantId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!statement.trim()) return;
    onCreate({ statement: statement.trim(), claimantId: claimantId || null });
    setStatement('');
  };
  return (
    <form className="page__create" onSubmit={submit} aria-label="New claim">
      <input
        className="field__input page__create-main"
        aria-label="New claim"
        placeholder="A new claim, e.g. “The talks were moved to Thursday”"
        value={statement}
        maxLength={2000}
        onChange={(event) => setStatement(event.target.value)}
      />
      <select
        className="select"
        aria-label="Claimant"
        value={claimantId}
        onChange={(e) => setClaimantId(e.target.value)}
      >
        <option value="">Claimant not recorded</option>
        {claimants.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={busy || !statement.trim()}>
        Add claim
      </button>
    </form>
  );
}
