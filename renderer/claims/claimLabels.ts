import { claimStatuses, stances, type Claim } from '../../shared/model';

type Status = Claim['status'];
type Stance = Claim['evidence'][number]['stance'];

const STATUS_LABELS: Record<Status, string> = {
  unverified: 'Unverified',
  supported: 'Supported',
  disputed: 'Disputed',
  refuted: 'Refuted',
  mixed: 'Mixed',
};

const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

/** "Unverified", "Supported", … */
export const statusLabel = (status: Status): string => STATUS_LABELS[status];
/** "Supports", "Contradicts", "Context". */
export const stanceLabel = (stance: Stance): string => STANCE_LABELS[stance];

export { claimStatuses, stances };
export type { Stance, Status };
