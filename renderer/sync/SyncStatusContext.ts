import { createContext, useContext } from 'react';
import type { SyncStatus } from '../../shared/contract';

/** The open notebook's sync status as the shell last heard it (renderer/sync/useSyncStatus). */
export const SyncStatusContext = createContext<SyncStatus | null>(null);

/**
 * True when this member joined the shared notebook as a reviewer: the server refuses their changes
 * to notes (and everything but replies), so pages show those read-only instead of letting them type
 * text that would be replaced at the next exchange.
 */
export function useIsReviewer(): boolean {
  const status = useContext(SyncStatusContext);
  return status?.shared === true && status.role === 'reviewer';
}
