import { useEffect } from 'react';
import type { NoteReplica } from './noteReplica';

/** As often as live sync looks for others' changes (electron/sync/client/liveSync.ts, IDLE_MS). */
const PULL_EVERY_MS = 700;

/**
 * While a shared note is open, takes in what others typed (main has it from the live sync) and
 * exchanges carets; when it closes, this editor's caret leaves.
 */
export function useReplicaPull(replica: NoteReplica | null): void {
  useEffect(() => {
    if (!replica) return;
    // A failed pull is tried again at the next tick; the header says when the notebook is offline.
    // Carets ride the same tick: presence only, so a failure is simply tried again.
    const timer = window.setInterval(() => {
      void replica.pull().catch(() => undefined);
      void replica.exchangeCarets().catch(() => undefined);
    }, PULL_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      replica.leave();
    };
  }, [replica]);
}
