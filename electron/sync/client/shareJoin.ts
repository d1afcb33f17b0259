import { rm } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { formatInvitation, parseInvitation } from '../../../shared/sync/invitation';
import { NotebookStore } from '../../store/notebookStore';
import { request } from './blobTransfer';
import { syncOnce, type CycleReport } from './syncCycle';
import { readSyncConfig, SYNC_FOLDER, writeSyncConfig, type SyncConfig } from './syncState';

export function defaultMember(): string {
  try {
    return userInfo().username || 'member';
  } catch {
    return 'member';
  }
}

/**
 * Registers the notebook on a server and keeps this member's editor access in `sync/`; returns one
 * editor and one reviewer invitation for colleagues. The first exchange is the caller's (the CLI runs
 * it at once, the app's live sync on its first cycle).
 */
export async function registerShare(
  notebookDir: string,
  server: string,
  member = defaultMember(),
): Promise<{ editor: string; reviewer: string }> {
  const origin = new URL(server).origin;
  if (await readSyncConfig(notebookDir))
    throw new AppError('INVALID_INPUT', 'This notebook is already shared.');
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
  return {
    editor: formatInvitation({ ...own, token: created.editor, role: 'editor' }),
    reviewer: formatInvitation({ ...own, token: created.reviewer, role: 'reviewer' }),
  };
}

/** `share`: registers the notebook and sends everything once. */
export async function shareNotebook(
  notebookDir: string,
  server: string,
  member = defaultMember(),
): Promise<{ editor: string; reviewer: string; report: CycleReport }> {
  if (await readSyncConfig(notebookDir))
    throw new AppError('INVALID_INPUT', 'This notebook is already shared.');
  // Opened (and closed) first so a folder that is not a notebook is refused before the server is asked.
  await (await NotebookStore.open(notebookDir)).close();
  const invitations = await registerShare(notebookDir, server, member);
  return { ...invitations, report: await syncOnce(notebookDir) };
}

/** The settings a joining member keeps, from an invitation line; refuses what is not one. */
export function joinConfig(line: string, member = defaultMember()): SyncConfig {
  const invitation = parseInvitation(line);
  if (!invitation) throw new AppError('INVALID_INPUT', 'That is not an invitation to a shared notebook.');
  return {
    version: 1,
    server: invitation.server,
    notebookId: invitation.notebook,
    token: invitation.token,
    role: invitation.role,
    member,
  };
}

/** Forgets the sharing settings (a refused or unreachable first exchange), so join can be retried. */
export async function forgetShare(notebookDir: string): Promise<void> {
  await rm(join(notebookDir, SYNC_FOLDER), { recursive: true, force: true });
}

/** `join`: makes (or uses an empty) notebook folder a member of the shared notebook and syncs it. */
export async function joinNotebook(
  notebookDir: string,
  line: string,
  member = defaultMember(),
): Promise<CycleReport> {
  const config = joinConfig(line, member);
  if (await readSyncConfig(notebookDir))
    throw new AppError('INVALID_INPUT', 'This notebook is already shared.');
  const store = await NotebookStore.open(notebookDir, { create: true });
  const empty = store.list('sources').length + store.list('notes').length === 0;
  await store.close();
  if (!empty) throw new AppError('INVALID_INPUT', 'Join into a new or empty notebook folder.');
  await writeSyncConfig(notebookDir, config);
  try {
    return await syncOnce(notebookDir);
  } catch (error) {
    await forgetShare(notebookDir);
    throw error;
  }
}
