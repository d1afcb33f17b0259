import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { CURRENT_SCHEMA_VERSION, type NotebookFile } from '../../shared/model';
import { Backups } from './backups';
import { isTempFileName } from './durableWrite';
import { sha256Hex } from './blobStore';
import { parseNotebookText, parseVouchedNotebookText } from './parseNotebook';

export const NOTEBOOK_FILE = 'notebook.json';

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export function emptyNotebook(name: string): NotebookFile {
  const now = new Date().toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    notebook: { id: newId(), name, createdAt: now, updatedAt: now },
    sources: [],
    sourcesIn: 'file',
    entities: [],
    claims: [],
    notes: [],
    rejectedSuggestions: [],
    questions: [],
    ratings: { sources: [], outlets: [] },
  };
}

/**
 * Temp files of durable writes cut short by a crash, in the notebook folder and every folder under it
 * (highlights/, notes/ and its revisions, texts/, originals/, backups/, search/). We hold the lock, so
 * no other program is writing one right now.
 */
export async function removeLeftoverTempFiles(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && isTempFileName(entry.name))
      await rm(join(entry.parentPath, entry.name), { force: true });
  }
}

export interface Loaded {
  file: NotebookFile;
  /** notebook.json as read, when it was used as it is. */
  text?: string;
  /** SHA-256 of `text`, when it was used as it is (validated, or vouched for by the clean-close marker). */
  sha256?: string;
  /** True when the clean-close marker vouched for `text`, so it was not validated again. */
  vouched?: boolean;
  notices: string[];
  needsSave: boolean;
}

/**
 * Parses notebook.json: without validating every record when its bytes are the ones the last
 * clean close vouched for (`vouched`, see CleanClose), in full otherwise.
 */
function parseAsRead(
  bytes: Buffer,
  vouchedSha256: string | null,
): ReturnType<typeof parseNotebookText> & { sha256: string; vouched: boolean; text: string } {
  const sha256 = sha256Hex(bytes);
  const text = bytes.toString('utf8');
  const trusted = vouchedSha256 === sha256 ? parseVouchedNotebookText(text) : null;
  return { ...(trusted ?? parseNotebookText(text)), sha256, vouched: trusted !== null, text };
}

export async function loadOrRecover(
  dir: string,
  options: { create?: boolean; name?: string; vouched?: Promise<string | null> },
): Promise<Loaded> {
  const path = join(dir, NOTEBOOK_FILE);
  const backups = new Backups(join(dir, 'backups'));
  if (!(await exists(path))) {
    if ((await backups.list()).length > 0) {
      return recoverFromBackup(dir, backups, 'notebook.json is missing');
    }
    if (!options.create) {
      throw new AppError(
        'NOT_FOUND',
        `The folder ${dir} is not a Research Notebook (it has no notebook.json).`,
      );
    }
    return { file: emptyNotebook(options.name ?? 'Notebook'), notices: [], needsSave: true };
  }
  // Read as bytes: hashed as they are, decoded once (a text read decodes chunk by chunk).
  const bytes = await readFile(path);
  const vouched = (await options.vouched) ?? null;
  try {
    const { file, fromVersion, sha256, vouched: skipped, text } = parseAsRead(bytes, vouched);
    const notices =
      fromVersion < CURRENT_SCHEMA_VERSION
        ? [
            `This notebook was upgraded from format ${fromVersion} to ${CURRENT_SCHEMA_VERSION}. A backup of the old file was kept.`,
          ]
        : [];
    if (fromVersion < CURRENT_SCHEMA_VERSION) await backups.add(text, () => true);
    const needsSave = fromVersion < CURRENT_SCHEMA_VERSION;
    return { file, notices, needsSave, text, ...(needsSave ? {} : { sha256, vouched: skipped }) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOTEBOOK_TOO_NEW') throw error;
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : 'notebook.json is damaged';
    return recoverFromBackup(dir, backups, reason);
  }
}

async function recoverFromBackup(dir: string, backups: Backups, reason: string): Promise<Loaded> {
  for (const name of await backups.list()) {
    let file: NotebookFile;
    try {
      file = parseNotebookText(await backups.read(name)).file;
    } catch {
      continue;
    }
    const damaged = join(dir, NOTEBOOK_FILE);
    const keptAs = `${NOTEBOOK_FILE}.damaged-${Date.now()}`;
    const kept = await rename(damaged, join(dir, keptAs)).then(
      () => true,
      () => false,
    );
    const notice =
      `The notebook file was damaged (${reason}). It was restored from the backup made ${Backups.timeOf(name)}; ` +
      `changes made after that may be missing.` +
      (kept ? ` The damaged file was kept as ${keptAs}.` : '');
    return { file, notices: [notice], needsSave: true };
  }
  throw new AppError(
    'NOTEBOOK_DAMAGED',
    `The notebook file is damaged (${reason}) and no usable backup was found in ${join(dir, 'backups')}.`,
  );
}
