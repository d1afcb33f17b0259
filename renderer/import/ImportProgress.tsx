import { useId } from 'react';
import { countsSummary, progressLabel, type BatchProgress } from './batchProgress';
import './import.css';

interface Props {
  batch: BatchProgress;
  onCancel: () => void;
}

/** The bar for a run of files: n of N, the file at hand, Cancel, and the tally so far. */
export function ImportProgress({ batch, onCancel }: Props) {
  const id = useId();
  const active = batch.state === 'running' || batch.state === 'cancelling';
  const percent = batch.total === 0 ? 100 : Math.round((batch.done / batch.total) * 100);
  const summary = countsSummary(batch);
  return (
    <section className="import-progress" aria-labelledby={`${id}-label`}>
      <div className="import-progress__head">
        <p id={`${id}-label`} className="import-progress__label">
          {progressLabel(batch)}
        </p>
        {active && (
          <button
            type="button"
            className="button button--quiet import-progress__cancel"
            onClick={onCancel}
            disabled={batch.state === 'cancelling'}
          >
            Cancel
          </button>
        )}
      </div>
      <div
        className="import-progress__track"
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={batch.total}
        aria-valuenow={batch.done}
        aria-valuetext={`${batch.done.toLocaleString()} of ${batch.total.toLocaleString()} files`}
        data-state={batch.state}
      >
        <div className="import-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      {summary && <p className="import-progress__summary">{summary}</p>}
    </section>
  );
}
