import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Test seam: lets a test kill the process between the temp write and the rename. */
export interface DurableWriteHooks {
  beforeRename?: (tempPath: string) => void | Promise<void>;
  /** File permissions for a new file (e.g. 0o600 for a private key); the default otherwise. */
  mode?: number;
  /**
   * false: the caller fsyncs the folder itself (`fsyncDir`), once for a batch of new files, before
   * anything refers to them. Until then the rename may not survive power loss (the content does).
   */
  syncDir?: boolean;
}

const TEMP_SUFFIX = '.tmp';

/** True for the temp files this module leaves behind if the process dies mid-write. */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/**
 * Writes a file so that after a crash either the old or the new content is on
 * disk, never a mix: unique temp file, fsync it, rename over the target, fsync
 * the folder so the rename itself survives power loss.
 */
export async function writeFileDurable(
  path: string,
  data: string | Uint8Array,
  hooks: DurableWriteHooks = {},
): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const handle = await open(temp, 'wx', hooks.mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await hooks.beforeRename?.(temp);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (hooks.syncDir !== false) await fsyncDir(dir);
}

/** Makes a rename in `dir` durable; a no-op where folders cannot be opened (Windows). */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}
