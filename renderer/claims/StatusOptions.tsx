import { claimStatuses, statusLabel } from './claimLabels';

/** The claim statuses as <option>s, in one order with one wording: the claim card and the board filter share it. */
export function StatusOptions() {
  return (
    <>
      {claimStatuses.map((s) => (
        <option key={s} value={s}>
          {statusLabel(s)}
        </option>
      ))}
    </>
  );
}
