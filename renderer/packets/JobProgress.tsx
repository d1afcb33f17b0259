import { useId } from 'react';
import type { PacketJob } from '../../shared/contract/packetCalls';
import { phaseLabel } from './packetText';

interface Props {
  job: PacketJob;
  /** What the job is doing, for the bar's name: "Export", "Import". */
  label: string;
}

/** The bar for a running (or just finished) export or import, with its phase in words. */
export function JobProgress({ job, label }: Props) {
  const id = useId();
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const words = phaseLabel(job);
  return (
    <div className="packet-progress">
      <p id={id} className="packet-progress__label">
        {label}: {words}
      </p>
      <div
        className="packet-progress__track"
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={job.done}
        aria-valuetext={words}
        data-state={job.state}
      >
        <div className="packet-progress__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
