import { useId, useState, type FormEvent } from 'react';
import type { ClaimView } from '../../../shared/contract/results';
import { stanceLabel, stances, type Stance } from '../../claims/claimLabels';

interface Props {
  claims: readonly ClaimView[];
  busy: boolean;
  onAttach: (claimId: string, stance: Stance, note: string) => void;
}

const shorten = (s: string, max = 80) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Attaches the highlight to an existing claim as evidence with a stance and an optional note. */
export function AttachClaimForm({ claims, busy, onAttach }: Props) {
  const id = useId();
  const [claimId, setClaimId] = useState('');
  const [stance, setStance] = useState<Stance>('supports');
  const [note, setNote] = useState('');
  if (claims.length === 0) return null;
  const chosen = claims.some((c) => c.claim.id === claimId) ? claimId : '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    onAttach(chosen, stance, note.trim());
    setClaimId('');
    setNote('');
  };
  return (
    <form className="attach-form" onSubmit={submit} aria-label="Attach to a claim">
      <label className="field__label" htmlFor={`${id}-claim`}>
        Attach to a claim
      </label>
      <select
        id={`${id}-claim`}
        className="select"
        value={chosen}
        onChange={(e) => setClaimId(e.target.value)}
      >
        <option value="">Choose a claim…</option>
        {claims.map((c) => (
          <option key={c.claim.id} value={c.claim.id}>
            {shorten(c.claim.statement)}
          </option>
        ))}
      </select>
      <div className="attach-form__row">
        <label className="attach-form__stance">
          <span className="visually-hidden">Stance</span>
          <select className="select" value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {stances.map((s) => (
              <option key={s} value={s}>
                {stanceLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <input
          className="field__input attach-form__note"
          aria-label="Note (optional)"
          placeholder="Note (optional)"
          value={note}
          maxLength={5000}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy || !chosen}>
          Attach
        </button>
      </div>
    </form>
  );
}
