import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { MAX_IMPORT_BYTES } from '../../shared/contract/limits';
import { AppError } from '../../shared/errors';
import { reporterFsError } from '../store/fsErrors';

const MB = 1024 * 1024;

/**
 * Reads a file named for import, refusing what is not a plain file:
 * - a symbolic link is refused, not followed: a link in a folder of downloads can point anywhere (a key,
 *   a password store), and an import copies its bytes into a notebook that is later shared. Whoever
 *   means the target can name it. The link is refused at open (O_NOFOLLOW), so it cannot be swapped in
 *   between a check and the read; where the flag does not exist (Windows) lstat checks first.
 * - folders, pipes and devices (a FIFO would wait forever, /dev/zero never ends) are refused;
 * - anything larger than the import limit is refused before a byte is read.
 */
export async function readImportFile(path: string): Promise<Uint8Array> {
  const noFollow = constants.O_NOFOLLOW ?? 0;
  const refuseLink = () =>
    new AppError(
      'INVALID_INPUT',
      `${path} is a shortcut (symbolic link); import the file it points to instead.`,
    );
  try {
    if (noFollow === 0 && (await lstat(path)).isSymbolicLink()) throw refuseLink();
    // O_NONBLOCK: opening a FIFO must not wait for a writer before we can see it is not a file.
    const handle = await open(path, constants.O_RDONLY | noFollow | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new AppError('INVALID_INPUT', `${path} is not a file that can be imported.`);
      if (info.size > MAX_IMPORT_BYTES) {
        throw new AppError(
          'IMPORT_FAILED',
          `${path} is larger than ${MAX_IMPORT_BYTES / MB} MB, the import limit.`,
        );
      }
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // ELOOP from O_NOFOLLOW is how the open says "this is a link".
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw refuseLink();
    throw reporterFsError(error, path);
  }
}
