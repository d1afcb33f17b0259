import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isTempFileName } from './durableWrite';

/** Where packet jobs keep their zips while the notebook is open; removed on open and close. */
export const JOBS_FOLDER = '.packet-jobs';

async function removeLeftoverTempFiles(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && isTempFileName(entry.name))
      await rm(join(entry.parentPath, entry.name), { force: true });
  }
}

/** What a crash can leave in a notebook folder: temp files of writes, packet job files. */
export async function clearLeftovers(dir: string): Promise<void> {
  await removeLeftoverTempFiles(dir);
  await rm(join(dir, JOBS_FOLDER), { recursive: true, force: true });
}
