import { createContext, useContext } from 'react';
import type { SyncStatus } from '../../shared/contract';
import { mayWrite, type DocKind } from '../../shared/sync/docNames';

/** The open notebook's sync status as the shell last heard it (renderer/sync/useSyncStatus). */
export const SyncStatusContext = createContext<SyncStatus | null>(null);

/**
 * Whether this member may change records of `kind` in the open notebook: always when it is not shared,
 * otherwise by the rule the server enforces (`mayWrite`: a reviewer changes nothing but replies). Pages
 * show what may not be changed as read-only instead of letting the reporter type text that would be
 * refused and replaced at the next exchange.
 */
export function useMayChange(kind: DocKind): boolean {
  const status = useContext(SyncStatusContext);
  return status?.shared !== true || mayWrite(status.role, kind);
}
