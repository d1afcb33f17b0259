import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileDurable, type DurableWriteHooks } from './durableWrite';

/**
 * lowdb adapter whose writes are durable (steno, lowdb's default writer,
 * renames a temp file but never fsyncs). Reads return the raw parsed JSON:
 * the store validates and migrates it before anything uses it.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly hooks: DurableWriteHooks = {},
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileDurable(this.path, JSON.stringify(data), this.hooks);
  }
}
