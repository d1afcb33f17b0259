import { z } from 'zod';
import type { HistoryEntry } from '../sync/recordLog';
import { call } from './callDef';
import { folderPathSchema } from './folderPath';
import type { NotebookInfo } from './results';

/** What the header shows about a shared notebook (docs/sync.md, "Status"). */
export type SyncStatus =
  | { shared: false }
  | {
      shared: true;
      server: string;
      member: string;
      role: 'editor' | 'reviewer';
      /** offline: the last exchange failed or the server is gone; syncing: changes made here wait. */
      state: 'connected' | 'offline' | 'syncing';
      /** Changes made here since the last completed exchange. */
      waiting: number;
      /** Changes made here that this member's role does not allow; they stay on this computer. */
      refused: number;
      /** Other members with the notebook open now, by name. */
      others: string[];
      /** Grows each time others' changes are written into this notebook (views reload on it). */
      revision: number;
      lastError: string | null;
      lastExchangeAt: string | null;
    };

export interface RecordChanges {
  last: { by: string; at: string } | null;
  history: HistoryEntry[];
}

const serverUrl = z
  .string()
  .trim()
  .max(500)
  .regex(/^https?:\/\/[A-Za-z0-9.:[\]-]+\/?$/, 'Give the server address, such as http://host:port.');

export const syncCalls = {
  shareNotebook: call<{ editor: string; reviewer: string }>()(
    'Share the open notebook through a sync server; returns an editor and a reviewer invitation',
    z.object({ server: serverUrl, name: z.string().trim().min(1).max(100).optional() }).strict(),
  ),
  joinSharedNotebook: call<NotebookInfo>()(
    'Join a shared notebook into a new or empty folder and open it',
    z
      .object({
        invitation: z.string().trim().min(1).max(2000),
        path: folderPathSchema,
        name: z.string().trim().min(1).max(100).optional(),
      })
      .strict(),
  ),
  getSyncStatus: call<SyncStatus>()(
    'Whether the notebook is shared, and its sync state',
    z.object({}).strict(),
    {
      readOnly: true,
    },
  ),
  getRecordChanges: call<Record<string, RecordChanges>>()(
    'Who changed shared records last, and their earlier values, by id (none when not shared)',
    z
      .object({
        kind: z.enum(['sources', 'entities', 'claims', 'notes']),
        ids: z
          .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/))
          .min(1)
          .max(1000),
      })
      .strict(),
    { readOnly: true },
  ),
};
