import { rm } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { formatInvitation, parseInvitation } from '../../../shared/sync/invitation';
import { NotebookStore } from '../../store/notebookStore';
import { request } from './blobTransfer';
import { syncOnce, type CycleReport } from './syncCycle';
import { readSyncConfig, SYNC_FOLDER, writeSyncConfig } from './syncState';

function defaultMember(): string {
  try {
    return userInfo().username || 'member';
  } catch {
    return 'member';
  }
}

/**
 * `share`: registers the notebook on a server, keeps this member's editor access in `sync/`, sends
 * everything once, and returns one editor and one reviewer invitation for colleagues.
 */
export async function shareNotebook(
  notebookDir: string,
  server: string,
  member = defaultMember(),
): Promise<{ editor: string; reviewer: string; report: CycleReport }> {
  const origin = new URL(server).origin;
  if (await readSyncConfig(notebookDir))
    throw new AppError('INVALID_INPUT', 'This notebook is already shared.');
  // Opened (and closed) first so a folder that is not a notebook is refused before the server is asked.
  await (await NotebookStore.open(notebookDir)).close();
  const response = await request(`${origin}/notebooks`, { method: 'POST' });
  if (!response.ok)
    throw new AppError('IO_ERROR', `The sync server could not share the notebook (${response.status}).`);
  const created = (await response.json()) as { notebookId: string; editor: string; reviewer: string };
  const own = { server: origin, notebook: created.notebookId };
  // This member keeps the first editor token; colleagues get their own invitation of each role.
  await writeSyncConfig(notebookDir, {
    version: 1,
    server: origin,
    notebookId: created.notebookId,
    token: created.editor,
    role: 'editor',
    member,
  });
  const report = await syncOnce(notebookDir);
  return {
    editor: formatInvitation({ ...own, token: created.editor, role: 'editor' }),
    reviewer: formatInvitation({ ...own, token: created.reviewer, role: 'reviewer' }),
    report,
  };
}

/** `join`: makes (or uses an empty) notebook folder a member of the shared notebook and syncs it. */
export async function joinNotebook(
  notebookDir: string,
  line: string,
  member = defaultMember(),
): Promise<CycleReport> {
  const invitation = parseInvitation(line);
  if (!invitation) throw new AppError('INVALID_INPUT', 'That is not an invitation to a shared notebook.');
  if (await readSyncConfig(notebookDir))
    throw new AppError('INVALID_INPUT', 'This notebook is already shared.');
  const store = await NotebookStore.open(notebookDir, { create: true });
  const empty = store.list('sources').length + store.list('notes').length === 0;
  await store.close();
  if (!empty) throw new AppError('INVALID_INPUT', 'Join into a new or empty notebook folder.');
  await writeSyncConfig(notebookDir, {
    version: 1,
    server: invitation.server,
    notebookId: invitation.notebook,
    token: invitation.token,
    role: invitation.role,
    member,
  });
  try {
    return await syncOnce(notebookDir);
  } catch (error) {
    // A refused or unreachable first exchange leaves the folder unshared, so join can be retried.
    await rm(join(notebookDir, SYNC_FOLDER), { recursive: true, force: true });
    throw error;
  }
}
