import { mkdir, stat } from 'node:fs/promises';
import { AppError } from '../../shared/errors';

const WORDS: Record<string, [AppError['code'], (path: string) => string]> = {
  ENOTDIR: ['INVALID_INPUT', (p) => `${p} is a file, or lies inside one, not a folder.`],
  EISDIR: ['INVALID_INPUT', (p) => `${p} is a folder, not a file.`],
  EEXIST: ['INVALID_INPUT', (p) => `${p} already exists and is not a folder.`],
  ENOENT: ['NOT_FOUND', (p) => `There is nothing at ${p}.`],
  EACCES: ['IO_ERROR', (p) => `This app is not allowed to use ${p}. Check the folder’s permissions.`],
  EPERM: ['IO_ERROR', (p) => `This app is not allowed to use ${p}. Check the folder’s permissions.`],
  EROFS: ['IO_ERROR', (p) => `${p} is on a disk that cannot be written to.`],
  ENOSPC: ['IO_ERROR', () => 'The disk is full. Free some space, then try again.'],
  ENAMETOOLONG: ['INVALID_INPUT', () => 'That folder path is too long.'],
  ELOOP: ['INVALID_INPUT', (p) => `${p} goes round in a circle of links.`],
  EINVAL: ['INVALID_INPUT', (p) => `${p} is not a usable name here.`],
  // Node's own refusal of a path with a NUL byte in it.
  ERR_INVALID_ARG_VALUE: [
    'INVALID_INPUT',
    (p) => `${JSON.stringify(p)} is not a usable name: it contains a NUL character.`,
  ],
};

/**
 * A file-system error in a reporter's words (never Node's "ENOTDIR: not a directory, open '…'"),
 * or the error unchanged when it is not one we know.
 */
export function reporterFsError(error: unknown, path: string): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const entry = typeof code === 'string' && Object.hasOwn(WORDS, code) ? WORDS[code] : undefined;
  if (entry) return new AppError(entry[0], entry[1](path));
  return error instanceof Error ? error : new Error(String(error));
}

/** Makes sure `dir` is a folder to open a notebook in (creating it when asked), in a reporter's words. */
export async function requireFolder(dir: string, create: boolean): Promise<void> {
  try {
    if (create) await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory())
      throw new AppError('INVALID_INPUT', `${dir} is a file, not a folder.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new AppError('NOT_FOUND', `There is no folder at ${dir}.`);
    throw reporterFsError(error, dir);
  }
}
