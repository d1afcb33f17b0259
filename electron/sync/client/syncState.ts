import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { roles, type Role } from '../../../shared/sync/docNames';
import { writeFileDurable } from '../../store/durableWrite';

export const SYNC_FOLDER = 'sync';

const configSchema = z.object({
  version: z.literal(1),
  server: z.string(),
  notebookId: z.string(),
  token: z.string(),
  role: z.enum(roles as [Role, ...Role[]]),
  /** The name every change by this member carries. */
  member: z.string().min(1),
});
export type SyncConfig = z.infer<typeof configSchema>;

/**
 * What the notebook files held after the last completed exchange: the ids of each kind and a digest
 * of each note body. A record missing from the files counts as deleted here only if it was known,
 * so a record that arrived but was not written yet (a crash, a missing file) is never deleted.
 */
const knownSchema = z.object({
  version: z.literal(1),
  ids: z.record(z.string(), z.array(z.string())),
  notes: z.record(z.string(), z.string()),
  uploaded: z.array(z.string()),
});
export type KnownState = z.infer<typeof knownSchema>;

const emptyKnown = (): KnownState => ({ version: 1, ids: {}, notes: {}, uploaded: [] });

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AppError('NOTEBOOK_DAMAGED', `The sharing settings of this notebook are damaged (${path}).`);
  }
}

/** The notebook's sharing settings, or null when it is not shared. */
export async function readSyncConfig(notebookDir: string): Promise<SyncConfig | null> {
  const raw = await readJson(join(notebookDir, SYNC_FOLDER, 'config.json'));
  if (raw === undefined) return null;
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success)
    throw new AppError('NOTEBOOK_DAMAGED', 'The sharing settings of this notebook are damaged.');
  return parsed.data;
}

export async function writeSyncConfig(notebookDir: string, config: SyncConfig): Promise<void> {
  await mkdir(join(notebookDir, SYNC_FOLDER), { recursive: true });
  await writeFileDurable(join(notebookDir, SYNC_FOLDER, 'config.json'), JSON.stringify(config, null, 2));
}

export async function readKnown(notebookDir: string): Promise<KnownState> {
  const raw = await readJson(join(notebookDir, SYNC_FOLDER, 'known.json'));
  if (raw === undefined) return emptyKnown();
  const parsed = knownSchema.safeParse(raw);
  // Unreadable: nothing counts as known, so nothing is deleted; the next exchange rewrites it.
  return parsed.success ? parsed.data : emptyKnown();
}

export async function writeKnown(notebookDir: string, known: KnownState): Promise<void> {
  await writeFileDurable(join(notebookDir, SYNC_FOLDER, 'known.json'), JSON.stringify(known));
}
