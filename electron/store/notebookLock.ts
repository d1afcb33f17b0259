import { createHash, randomBytes } from 'node:crypto';
import { link, open, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';

/*
 * One writer per notebook, and a stale lock is taken over by exactly one process.
 *
 * Why not simply "delete the stale lock, then create ours": two processes that both saw the dead holder
 * would both delete, and the slower one deletes the lock its rival has just created; both then "hold" it.
 * Why not `proper-lockfile`: it decides staleness by mtime (a live but busy holder looks stale; a dead one
 * holds for the whole timeout) and still removes-then-recreates. Node has no portable flock().
 *
 * So, with nothing but exclusive creates:
 * - A lock is born complete: its JSON (with a random `nonce`) is written to a unique temp file, then
 *   `link`ed to `.lock`, which fails with EEXIST if any lock is there. Readers never see a half-written lock.
 * - A stale lock (holder dead on this host) is one *generation*, named by its nonce (or the hash of its
 *   bytes). Only the process that exclusively creates `.lock.takeover-<generation>-<k>` may remove it, and
 *   only after re-reading `.lock` and finding that same generation still there. A lock can only stop being
 *   that generation through such a removal, so the check cannot go stale before the removal. Marker `k`
 *   whose creator died is skipped by trying `k + 1`; a live one means "someone is taking over: wait".
 */
const LOCK_NAME = '.lock';
const MARKER_PREFIX = '.lock.takeover-';
const TEMP_PREFIX = '.lock.new-';
/** A lock we cannot parse may be one being written by a program without hard links; give it this long. */
const UNREADABLE_GRACE_MS = 2_000;
const WAIT_STEP_MS = 10;
const WAIT_LIMIT_MS = 5_000;

interface LockInfo {
  pid: number;
  host: string;
  createdAt: string;
  nonce?: string;
}

interface SeenLock {
  info: LockInfo | null;
  /** Names this lock among all locks ever written at this path. */
  generation: string;
  ageMs: number;
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

function parseInfo(raw: string): LockInfo | null {
  try {
    const info = JSON.parse(raw) as Partial<LockInfo>;
    if (typeof info.pid !== 'number' || typeof info.host !== 'string') return null;
    const nonce = typeof info.nonce === 'string' ? info.nonce : undefined;
    return { pid: info.pid, host: info.host, createdAt: String(info.createdAt ?? ''), nonce };
  } catch {
    return null;
  }
}

async function readLock(path: string): Promise<SeenLock | null> {
  try {
    const [raw, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    const parsed = parseInfo(raw);
    const generation = /^[0-9a-f]{32}$/.test(parsed?.nonce ?? '')
      ? parsed!.nonce!
      : createHash('sha256').update(raw).digest('hex').slice(0, 32);
    return { info: parsed, generation, ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Whether a lock can be taken over: its process on this host is gone (or it is old garbage). */
function isStale(seen: SeenLock): boolean {
  const { info } = seen;
  if (!info) return seen.ageMs > UNREADABLE_GRACE_MS;
  if (info.host !== hostname()) return false;
  return info.pid !== process.pid && !processIsAlive(info.pid);
}

function lockedError(info: LockInfo | null): AppError {
  const where = info && info.host !== hostname() ? ` on ${info.host}` : '';
  return new AppError(
    'NOTEBOOK_LOCKED',
    `This notebook is already open in another window or program${where} (process ${info?.pid ?? '?'}). Close it there, then try again.`,
    { holder: info && { pid: info.pid, host: info.host, createdAt: info.createdAt } },
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates `.lock` holding `body`, complete or not at all; false if a lock is already there. */
async function createLock(dir: string, body: string, nonce: string): Promise<boolean> {
  const path = join(dir, LOCK_NAME);
  const temp = join(dir, `${TEMP_PREFIX}${nonce}`);
  await writeFile(temp, body, { flag: 'wx' });
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    // A file system without hard links (FAT, some sync folders): a plain exclusive create. Its empty
    // moment is covered by UNREADABLE_GRACE_MS.
    const handle = await open(path, 'wx').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EEXIST') return null;
      throw e;
    });
    if (!handle) return false;
    await handle.writeFile(body);
    await handle.sync();
    await handle.close();
    return true;
  } finally {
    await rm(temp, { force: true });
  }
}

type Takeover = 'removed' | 'changed' | 'wait';

/** Removes the stale lock `seen` if this process wins the right to; never touches any other lock. */
async function takeOver(dir: string, seen: SeenLock): Promise<Takeover> {
  for (let k = 0; k < 1000; k++) {
    const marker = join(dir, `${MARKER_PREFIX}${seen.generation}-${k}`);
    try {
      await writeFile(marker, String(process.pid), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(marker, 'utf8').catch(() => ''));
      // An empty marker is one being written this instant: its creator is alive.
      if (!Number.isInteger(owner) || owner === 0 || processIsAlive(owner)) return 'wait';
      continue;
    }
    try {
      const now = await readLock(join(dir, LOCK_NAME));
      if (now?.generation !== seen.generation) return 'changed';
      await rm(join(dir, LOCK_NAME));
      return 'removed';
    } finally {
      await rm(marker, { force: true });
    }
  }
  return 'wait';
}

/** Takeover markers and lock temp files left by processes that died mid-way; harmless, but clutter. */
async function removeLeftovers(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const leftovers = names.filter((n) => n.startsWith(MARKER_PREFIX) || n.startsWith(TEMP_PREFIX));
  for (const name of leftovers) {
    const owner = name.startsWith(MARKER_PREFIX)
      ? Number(await readFile(join(dir, name), 'utf8').catch(() => 'x'))
      : Number(name.slice(TEMP_PREFIX.length).split('-')[0]);
    if (Number.isInteger(owner) && owner > 0 && !processIsAlive(owner))
      await rm(join(dir, name), { force: true });
  }
}

/** One writer per notebook: an exclusive lock file naming its holder. */
export class NotebookLock {
  private constructor(
    private readonly path: string,
    private readonly nonce: string,
    /**
     * True when this process removed a lock left by a dead one: the last session did not close
     * cleanly (close releases the lock as its last step), so it may have left half-done writes.
     */
    readonly tookOver: boolean,
  ) {}

  static async acquire(dir: string): Promise<NotebookLock> {
    const nonce = randomBytes(16).toString('hex');
    const info: LockInfo = { pid: process.pid, host: hostname(), createdAt: new Date().toISOString(), nonce };
    const body = JSON.stringify(info);
    const started = Date.now();
    let tookOver = false;
    while (Date.now() - started < WAIT_LIMIT_MS) {
      if (await createLock(dir, body, `${process.pid}-${nonce}`)) {
        await removeLeftovers(dir);
        return new NotebookLock(join(dir, LOCK_NAME), nonce, tookOver);
      }
      const seen = await readLock(join(dir, LOCK_NAME));
      if (!seen) continue; // released between our create and our read: try again
      if (!isStale(seen)) {
        if (seen.info) throw lockedError(seen.info);
        await pause(WAIT_STEP_MS); // an unreadable young lock is probably being written right now
        continue;
      }
      const outcome = await takeOver(dir, seen);
      if (outcome === 'removed') tookOver = true;
      if (outcome === 'wait') await pause(WAIT_STEP_MS);
    }
    throw new AppError('NOTEBOOK_LOCKED', 'This notebook is busy: its lock could not be taken. Try again.');
  }

  /** Removes the lock only while it is still ours (a rival may have taken over a lock we lost track of). */
  async release(): Promise<void> {
    const seen = await readLock(this.path).catch(() => null);
    if (seen?.generation === this.nonce) await rm(this.path, { force: true });
  }
}
