import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { removeLeftoverTempFiles } from './loadNotebook';

/** Where packet jobs keep their zips while the notebook is open; removed on open and close. */
export const JOBS_FOLDER = '.packet-jobs';

/** What a crash can leave in a notebook folder: temp files of writes, packet job files. */
export async function clearLeftovers(dir: string): Promise<void> {
  await removeLeftoverTempFiles(dir);
  await rm(join(dir, JOBS_FOLDER), { recursive: true, force: true });
}
