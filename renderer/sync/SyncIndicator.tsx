import type { SyncStatus } from '../../shared/contract';
import './sync.css';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The words of the status: state, changes waiting, who else is here. */
export function describeSync(status: Extract<SyncStatus, { shared: true }>): {
  state: string;
  detail: string;
} {
  const waiting = status.waiting > 0 ? plural(status.waiting, 'change waiting', 'changes waiting') : '';
  const state = status.state === 'offline' ? 'Offline' : status.state === 'syncing' ? 'Syncing' : 'Connected';
  const others = status.others.length > 0 ? `with ${status.others.join(', ')}` : '';
  const role = status.role === 'reviewer' ? 'reviewer' : '';
  return { state, detail: [waiting, others, role].filter(Boolean).join(' · ') };
}

/**
 * The header's sync status of a shared notebook (nothing for a local one): connected / offline /
 * syncing with the changes waiting, who else is in the notebook, and changes the server would
 * refuse for this member's role, said in plain words rather than dropped.
 */
export function SyncIndicator({ status }: { status: SyncStatus | null }) {
  if (!status?.shared) return null;
  const { state, detail } = describeSync(status);
  const title =
    status.state === 'offline' && status.lastError
      ? `${status.lastError} Changes made here are kept and sent when the server is back.`
      : `Shared through ${status.server} as ${status.member}`;
  return (
    <div className="sync-indicator" data-state={status.state} role="status" title={title}>
      <span className="sync-indicator__dot" aria-hidden="true" />
      <span className="sync-indicator__state">{state}</span>
      {detail && <span className="sync-indicator__detail">{detail}</span>}
    </div>
  );
}

/** A reviewer's changes that were not shared: said once, in plain words, until they are gone. */
export function SyncRefusal({ status }: { status: SyncStatus | null }) {
  if (!status?.shared || status.refused === 0) return null;
  return (
    <p className="notice-inline sync-refusal" role="alert">
      {plural(status.refused, 'change', 'changes')} not shared: the server refuses changes from a reviewer.
      Reviewers cannot change sources, highlights, entities, claims or notes; your change stays on this
      computer only.
    </p>
  );
}
