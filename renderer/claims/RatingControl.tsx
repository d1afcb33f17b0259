import { useId, useState } from 'react';
import type { EvidenceView } from '../../shared/contract/results';
import { ratingLabel, reliabilityRatings, type Reliability } from './ratingLabels';

export interface RateActions {
  rateSource: (input: { sourceId: string; rating: Reliability | null; reason: string }) => void;
  rateOutlet: (input: { site: string; rating: Reliability | null; reason: string }) => void;
}

interface Props {
  item: EvidenceView;
  busy: boolean;
  actions: RateActions;
}

/**
 * A source's reliability beside its evidence: the rating and where it comes from, a suggestion to
 * confirm (a spun copy as content farm), and a small form to rate the source or its whole outlet.
 */
export function RatingControl({ item, busy, actions }: Props) {
  const [open, setOpen] = useState(false);
  const { rating, suggestedRating, sourceId, site } = item;
  if (!sourceId || !rating) return null;
  const from = rating.from === 'outlet' ? ` (outlet${site ? `: ${site}` : ''})` : '';
  return (
    <span className="rating">
      <span
        className={`rating__badge rating__badge--${rating.rating}`}
        title={rating.reason ? `Reason: ${rating.reason}` : 'Not rated yet'}
      >
        {ratingLabel(rating.rating)}
        {from}
      </span>
      {suggestedRating && (
        <span className="rating__suggested">
          Suggested: {ratingLabel(suggestedRating)} (reads as a synonym-spun copy)
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() =>
              actions.rateSource({
                sourceId,
                rating: suggestedRating,
                reason: 'Confirmed: reads as a synonym-spun copy of another source',
              })
            }
          >
            Confirm
          </button>
        </span>
      )}
      <button
        type="button"
        className="button button--quiet button--small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Rate…
      </button>
      {open && (
        <RatingForm
          site={site}
          busy={busy}
          onSave={(scope, value, reason) => {
            if (scope === 'outlet' && site) actions.rateOutlet({ site, rating: value, reason });
            else actions.rateSource({ sourceId, rating: value, reason });
            setOpen(false);
          }}
        />
      )}
    </span>
  );
}

function RatingForm(props: {
  site: string | null;
  busy: boolean;
  onSave: (scope: 'source' | 'outlet', rating: Reliability | null, reason: string) => void;
}) {
  const id = useId();
  const [scope, setScope] = useState<'source' | 'outlet'>(props.site ? 'outlet' : 'source');
  const [value, setValue] = useState<Reliability | ''>('');
  const [reason, setReason] = useState('');
  return (
    <form
      className="rating__form"
      aria-label="Rate reliability"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave(scope, value || null, reason.trim());
      }}
    >
      <label htmlFor={`${id}-scope`}>Rate</label>
      <select
        id={`${id}-scope`}
        className="select"
        value={scope}
        onChange={(e) => setScope(e.target.value as 'source' | 'outlet')}
      >
        <option value="source">this source</option>
        {props.site && <option value="outlet">every source from {props.site}</option>}
      </select>
      <label htmlFor={`${id}-rating`}>as</label>
      <select
        id={`${id}-rating`}
        className="select"
        value={value}
        onChange={(e) => setValue(e.target.value as Reliability | '')}
      >
        <option value="">Not rated</option>
        {reliabilityRatings.map((r) => (
          <option key={r} value={r}>
            {ratingLabel(r)}
          </option>
        ))}
      </select>
      <input
        className="field__input"
        aria-label="Reason"
        placeholder="Reason"
        value={reason}
        maxLength={2000}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="button button--small" disabled={props.busy}>
        Save rating
      </button>
    </form>
  );
}
