import { useEffect, useRef, useState } from 'react';
import type { SyncStatus } from '../../shared/contract';
import { useApi } from '../transport/ApiContext';
import { emitSyncEvent } from './syncEvents';

/** How often the page asks the host how sharing is going (a loopback call that only reads memory). */
const POLL_MS = 500;
/** An unshared notebook is asked rarely: only Share or Join (which refresh at once) change that. */
const UNSHARED_POLL_MS = 10_000;

/**
 * The open notebook's sync status, asked for while the page is open. When others' changes have been
 * written into the notebook (the revision grows) it raises `sync-changed` so views reload.
 */
export function useSyncStatus(): { status: SyncStatus | null; refresh: () => void } {
  const api = useApi();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [tick, setTick] = useState(0);
  const revision = useRef<number | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      api.getSyncStatus({}).then(
        (next) => {
          if (!live) return;
          setStatus(next);
          const seen = next.shared ? next.revision : null;
          if (revision.current !== null && seen !== null && seen !== revision.current)
            emitSyncEvent('sync-changed');
          revision.current = seen;
          timer = setTimeout(ask, next.shared ? POLL_MS : UNSHARED_POLL_MS);
        },
        () => {
          if (live) timer = setTimeout(ask, POLL_MS * 4);
        },
      );
    };
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, tick]);

  return { status, refresh: () => setTick((t) => t + 1) };
}
