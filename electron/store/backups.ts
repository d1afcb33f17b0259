import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurable } from './durableWrite';

const PREFIX = 'notebook-';
const SUFFIX = '.json';

/** Rotating copies of notebook.json in `backups/`, newest kept, each verified before an old one goes. */
export class Backups {
  constructor(
    readonly dir: string,
    private readonly keep = 10,
  ) {}

  /** Backup file names, newest first (names sort by time). */
  async list(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => n.startsWith(PREFIX) && n.endsWith(SUFFIX))
      .sort()
      .reverse();
  }

  /**
   * Writes `content` as a new backup unless it equals the newest one. The copy
   * is read back and checked with `isValid` before older ones are pruned, so a
   * bad copy never pushes out a good one.
   */
  async add(content: string, isValid: (text: string) => boolean, now = new Date()): Promise<string | null> {
    await mkdir(this.dir, { recursive: true });
    const existing = await this.list();
    const newest = existing[0];
    if (newest && (await readFile(join(this.dir, newest), 'utf8').catch(() => '')) === content) return null;
    const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '');
    const name = `${PREFIX}${stamp}-${process.pid}${SUFFIX}`;
    const path = join(this.dir, name);
    await writeFileDurable(path, content);
    const readBack = await readFile(path, 'utf8');
    if (readBack !== content || !isValid(readBack)) {
      await rm(path, { force: true });
      return null;
    }
    for (const old of [name, ...existing].slice(this.keep)) await rm(join(this.dir, old), { force: true });
    return name;
  }

  /**
   * Whether the newest backup has exactly `size` bytes with this SHA-256. Streamed: at 100,000
   * sources the file is ~95 MB, and reading it whole to compare would hold the main thread.
   */
  async newestIs(sha256: string, size: number): Promise<boolean> {
    const newest = (await this.list())[0];
    if (!newest) return false;
    const path = join(this.dir, newest);
    if ((await stat(path).catch(() => null))?.size !== size) return false;
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest('hex') === sha256;
  }

  async read(name: string): Promise<string> {
    return readFile(join(this.dir, name), 'utf8');
  }

  /** Reads a backup's time from its name, for messages. */
  static timeOf(name: string): string {
    const m = /^notebook-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})/.exec(name);
    return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]} UTC` : name;
  }
}
