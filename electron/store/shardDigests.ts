import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { sha256Schema } from '../../shared/model';
import { sha256Hex } from './blobStore';
import { writeFileDurable } from './durableWrite';

const WRITTEN = Symbol('written');

/** Beside the shard files (their names are two hex digits, so it is never taken for one). */
export const SHARD_DIGESTS_FILE = 'digests.json';

const fileSchema = z.object({
  version: z.literal(1),
  /** The record model the digests were vouched for under. */
  schema: sha256Schema,
  shards: z.record(z.string().regex(/^[0-9a-f]{2,8}$/), sha256Schema),
});

/**
 * Which bytes of each shard file this app wrote from validated records (or read and validated in
 * full): a shard whose bytes still have that SHA-256 is parsed without validating each record
 * again, as notebook.json is after a clean close (see CleanClose). Hashing a shard costs ~2 ms,
 * validating its 2,000 records at 100,000 sources 20–250 ms. It vouches for nothing else: any other
 * bytes (a crash after the list was saved, damage, an edit by hand) are validated in full.
 */
export class ShardDigests {
  private onDisk: Promise<Map<string, string>> | null = null;
  /** This session's word per shard: a digest, WRITTEN (hashed on save), or null (vouches for nothing). */
  private readonly known = new Map<string, string | typeof WRITTEN | null>();

  constructor(
    private readonly dir: string,
    /** Digest of the record model (e.g. HIGHLIGHT_SCHEMA_DIGEST): a list saved under another is ignored. */
    private readonly schema: string,
  ) {}

  private get path(): string {
    return join(this.dir, SHARD_DIGESTS_FILE);
  }

  private read(): Promise<Map<string, string>> {
    this.onDisk ??= readFile(this.path, 'utf8')
      .then((text) => {
        const parsed = fileSchema.safeParse(JSON.parse(text));
        const ok = parsed.success && parsed.data.schema === this.schema;
        return new Map(ok ? Object.entries(parsed.data.shards) : []);
      })
      .catch(() => new Map<string, string>());
    return this.onDisk;
  }

  /** True when `text` is exactly what this app last wrote (or validated) as shard `key`. */
  async vouches(key: string, text: string): Promise<boolean> {
    const digest = this.known.has(key) ? this.known.get(key) : (await this.read()).get(key);
    return typeof digest === 'string' && digest === sha256Hex(text);
  }

  /** Shard `key` holds `text`, validated in full by this app. */
  validated(key: string, text: string): void {
    this.known.set(key, sha256Hex(text));
  }

  /** Shard `key` was written from the records in memory: hashed when the list is saved. */
  written(key: string): void {
    this.known.set(key, WRITTEN);
  }

  /** A shard set aside or found damaged: nothing vouches for it any more. */
  forget(key: string): void {
    this.known.set(key, null);
  }

  /**
   * Saves the list durably, on close once every shard write is done: `bodyOf` gives the bytes a
   * written shard was last saved with (its records serialised again, in the same order).
   */
  async save(bodyOf: (key: string) => string | null): Promise<void> {
    if (this.known.size === 0) return;
    const shards = new Map(await this.read());
    for (const [key, word] of this.known) {
      const digest = word === WRITTEN ? sha256OrNull(bodyOf(key)) : word;
      if (digest === null) shards.delete(key);
      else shards.set(key, digest);
    }
    const body = { version: 1, schema: this.schema, shards: Object.fromEntries(shards) };
    await writeFileDurable(this.path, JSON.stringify(body));
    this.onDisk = Promise.resolve(shards);
    this.known.clear();
  }
}

const sha256OrNull = (text: string | null): string | null => (text === null ? null : sha256Hex(text));
