import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';

const LOCK_NAME = '.lock';

interface LockInfo {
  pid: number;
  host: string;
  createdAt: string;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await readFile(path, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid !== 'number' || typeof info.host !== 'string') return null;
    return { pid: info.pid, host: info.host, createdAt: String(info.createdAt ?? '') };
  } catch {
    return null;
  }
}

/** Whether a lock left by `info` can be taken over: its process is gone (or the file is garbage). */
function isStale(info: LockInfo | null): boolean {
  if (!info) return true;
  if (info.host !== hostname()) return false;
  return info.pid !== process.pid && !processIsAlive(info.pid);
}

/** One writer per notebook: an exclusive lock file naming its holder. */
export class NotebookLock {
  private constructor(private readonly path: string) {}

  static async acquire(dir: string): Promise<NotebookLock> {
    const path = join(dir, LOCK_NAME);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(path, 'wx');
        const info: LockInfo = { pid: process.pid, host: hostname(), createdAt: new Date().toISOString() };
        await handle.writeFile(JSON.stringify(info));
        await handle.sync();
        await handle.close();
        return new NotebookLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readLock(path);
      if (!isStale(holder)) {
        const where = holder && holder.host !== hostname() ? ` on ${holder.host}` : '';
        throw new AppError(
          'NOTEBOOK_LOCKED',
          `This notebook is already open in another window or program${where} (process ${holder?.pid ?? '?'}). Close it there, then try again.`,
          { holder },
        );
      }
      // The holder died without cleaning up; take the lock over.
      await rm(path, { force: true });
    }
    throw new AppError('NOTEBOOK_LOCKED', 'This notebook is busy: its lock could not be taken. Try again.');
  }

  async release(): Promise<void> {
    await rm(this.path, { force: true });
  }
}
