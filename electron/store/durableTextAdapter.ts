import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileDurable, type DurableWriteHooks } from './durableWrite';

/**
 * lowdb adapter for `notebook.json` whose writes are durable (steno, lowdb's default writer, renames
 * a temp file but never fsyncs). It holds the file's text: the store serialises the notebook once,
 * at the moment a save takes its snapshot (SourceShards.save), and validates and migrates what it
 * reads (loadNotebook) before anything uses it.
 */
export class DurableTextAdapter implements Adapter<string> {
  constructor(
    private readonly path: string,
    private readonly hooks: DurableWriteHooks = {},
  ) {}

  async read(): Promise<string | null> {
    try {
      return await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  write(text: string): Promise<void> {
    return writeFileDurable(this.path, text, this.hooks);
  }
}
