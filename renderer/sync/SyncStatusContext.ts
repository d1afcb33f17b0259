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
  return mayChangeIn(useContext(SyncStatusContext), kind);
}

/** `useMayChange` for the shell, which holds the status itself (it sits outside the context). */
export function mayChangeIn(status: SyncStatus | null, kind: DocKind): boolean {
  return status?.shared !== true || mayWrite(status.role, kind);
}

/** What a reviewer is told when a page is asked for a note (the server would refuse it). */
export const REVIEWER_NO_NOTES =
  'You joined this shared notebook as a reviewer: you can read notes and reply to highlights, but not write notes.';
