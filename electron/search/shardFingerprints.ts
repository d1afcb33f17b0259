import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { sha256Schema } from '../../shared/model';
import { fsyncDir, writeFileDurable } from '../store/durableWrite';

/** Kept in `search/` beside the segment; SearchFolder leaves it alone. */
export const SHARD_FINGERPRINTS_FILE = 'highlight-shards.json';

const shardsSchema = z.record(z.string().regex(/^[0-9a-f]{2}$/), z.string().max(200));
// Version 1 (before issue 17) vouched for the shards only; version 2 may add notebook.json's digest.
const fileSchema = z.discriminatedUnion('version', [
  z.object({ version: z.literal(1), shards: shardsSchema }),
  z.object({ version: z.literal(2), shards: shardsSchema, notebookSha256: sha256Schema.optional() }),
]);

/** What a clean close vouched for: the shard files, and the bytes of notebook.json when known. */
export interface Vouched {
  shards: Map<string, string>;
  /** The index also reflected exactly this notebook.json (its SHA-256). */
  notebookSha256?: string;
}

/**
 * Which version of each highlight shard file (and of notebook.json) the index reflected when the
 * notebook was last closed cleanly. The file only exists between a clean close and the next session's first
 * search: `take` removes it, so after a crash nothing vouches for the index and every shard is
 * read again.
 */
export class ShardFingerprints {
  constructor(private readonly dir: string) {}

  private get path(): string {
    return join(this.dir, SHARD_FINGERPRINTS_FILE);
  }

  /** The fingerprints left by the last clean close (null if none or unreadable), removing the file. */
  async take(): Promise<Vouched | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return null;
    }
    try {
      // A file that cannot be removed would outlive a crash, so it is not trusted either.
      await this.forget();
    } catch {
      return null;
    }
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      if (!parsed.success) return null;
      const shards = new Map(Object.entries(parsed.data.shards));
      const notebookSha256 = parsed.data.version === 2 ? parsed.data.notebookSha256 : undefined;
      return notebookSha256 ? { shards, notebookSha256 } : { shards };
    } catch {
      return null;
    }
  }

  async forget(): Promise<void> {
    await rm(this.path, { force: true });
    await fsyncDir(this.dir).catch(() => undefined);
  }

  async save(fingerprints: ReadonlyMap<string, string>, notebookSha256?: string): Promise<void> {
    const body = { version: 2, shards: Object.fromEntries(fingerprints), notebookSha256 };
    await writeFileDurable(this.path, JSON.stringify(body));
  }
}

/** Shard keys whose file differs between two fingerprint sets (added, removed or rewritten). */
export function changedShards(
  before: ReadonlyMap<string, string>,
  now: ReadonlyMap<string, string>,
): Set<string> {
  const changed = new Set<string>();
  for (const [key, print] of now) if (before.get(key) !== print) changed.add(key);
  for (const key of before.keys()) if (!now.has(key)) changed.add(key);
  return changed;
}
