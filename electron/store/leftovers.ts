import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { removeLeftoverTempFiles } from './loadNotebook';

/** Where packet jobs keep their zips while the notebook is open; removed on open and close. */
export const JOBS_FOLDER = '.packet-jobs';

/**
 * What a crash can leave in a notebook folder: temp files of writes, packet job files. Temp files
 * are looked for only after a crash (`crashed`: the lock was taken over from a dead process),
 * since a clean close finishes or removes every write before it releases the lock; walking every
 * folder costs ~0.1 s at 10,000 sources and seconds at 100,000. A temp file left anyway (a lock
 * removed by hand) is never read, only clutter, and goes at the next open after a crash.
 */
export async function clearLeftovers(dir: string, crashed = true): Promise<void> {
  if (crashed) await removeLeftoverTempFiles(dir);
  await rm(join(dir, JOBS_FOLDER), { recursive: true, force: true });
}
