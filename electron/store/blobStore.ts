import { mkdir, readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { fsyncDir, writeFileDurable } from './durableWrite';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Immutable content-addressed files: a blob is named after its SHA-256, is
 * written once and never rewritten, and is verified when read back.
 */
export class BlobStore {
  constructor(private readonly dir: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('INVALID_INPUT', 'Not a content hash.');
    return join(this.dir, sha256);
  }

  async ensureDir(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.size(sha256)) !== null;
  }

  /** The stored file's length, or null when there is none. */
  async size(sha256: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(sha256))).size;
    } catch {
      return null;
    }
  }

  /** Stores bytes and returns their hash; storing the same bytes twice is a no-op. */
  put(data: Uint8Array | string): Promise<string> {
    return this.write(data, true);
  }

  /**
   * `put` for a batch (a join downloads thousands): each file is written and fsynced, but the folder
   * is fsynced once, by `flushFolder` after the batch, instead of once per file. Nothing may refer to
   * these files (the source list) before that flush.
   */
  putInBatch(data: Uint8Array | string): Promise<string> {
    return this.write(data, false);
  }

  /** Makes every file `putInBatch` wrote into this store durable (their renames). */
  async flushFolder(): Promise<void> {
    await fsyncDir(this.dir);
  }

  private async write(data: Uint8Array | string, syncDir: boolean): Promise<string> {
    const hash = sha256Hex(data);
    if (!(await this.has(hash))) await writeFileDurable(this.pathOf(hash), data, { syncDir });
    return hash;
  }

  async get(sha256: string): Promise<Buffer> {
    let data: Buffer;
    try {
      data = await readFile(this.pathOf(sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError('NOT_FOUND', 'A stored file of this notebook is missing from its folder.', {
          sha256,
        });
      }
      throw error;
    }
    if (sha256Hex(data) !== sha256) {
      throw new AppError('NOTEBOOK_DAMAGED', 'A stored file of this notebook has been altered or damaged.', {
        sha256,
      });
    }
    return data;
  }
}
