import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BackgroundWrites, type ReportProblem } from './backgroundWrites';
import { writeFileDurable, type DurableWriteHooks } from './durableWrite';
import { ShardDigests } from './shardDigests';
import { shardKeyOf } from './shardKey';
import { WriteCoalescer } from './writeCoalescer';

const SHARD_VERSION = 1;
const SHARD_FILE = /^[0-9a-f]{2}\.json$/;

export { shardKeyOf };

/** Journal entries kept for readers that catch up (the search index); older ones are dropped. */
const JOURNAL_LIMIT = 20_000;

/** One record put or removed: its group and id. */
export interface RecordChange {
  group: string;
  id: string;
}

export interface ShardOptions {
  hooks?: DurableWriteHooks;
  report?: ReportProblem;
  schemaDigest?: string;
  /** What one record is, in notices ("highlight", "source"). */
  label?: string;
}

interface Shard<T> {
  records: Map<string, T>;
  coalescer: WriteCoalescer;
}

/**
 * Records kept out of notebook.json (highlights, sources): grouped by a
 * parent id (the source), sharded into small files so that saving one
 * highlight rewrites ~60 KB, not megabytes. Shards load lazily and are
 * validated record by record.
 */
export class ShardedRecords<T extends { id: string }> {
  private readonly shards = new Map<string, Shard<T>>();
  /** Changes made in this process, per shard key: lets a reader ask "what changed since I looked?". */
  private readonly revisions = new Map<string, number>();
  /**
   * Every put and remove of this process, in order, so a reader can catch up with what changed
   * since it last looked (`changeMark`, `changesSince`) without reading whole shards. Bounded: a
   * reader that fell further behind is told so and reads shards instead.
   */
  private journal: RecordChange[] = [];
  /** Position (since open) of `journal[0]`. */
  private journalStart = 0;
  /** id → group, built on first lookup by id, then kept current. */
  private byId: Map<string, string> | null = null;
  private readonly groupOf: (record: T) => string;
  /** Problems found while loading, for the reporter. */
  readonly notices: string[] = [];

  /** Damaged files being set aside: awaited by idle(), a failure reported. */
  private readonly background: BackgroundWrites;
  private readonly hooks: DurableWriteHooks;
  /** What vouches for shard bytes this app wrote; absent: every shard is validated on load. */
  private readonly digests: ShardDigests | null;
  private readonly label: string;

  constructor(
    private readonly dir: string,
    private readonly schema: z.ZodType<T>,
    groupOf: (record: T) => string,
    options: ShardOptions = {},
  ) {
    this.groupOf = groupOf;
    this.label = options.label ?? 'highlight';
    this.digests = options.schemaDigest ? new ShardDigests(dir, options.schemaDigest) : null;
    this.hooks = options.hooks ?? {};
    const report = options.report;
    this.background = new BackgroundWrites((what, error) => {
      if (report) report(what, error);
      else this.notices.push(`Could not ${what}.`);
    });
  }

  private fileOf(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  private async load(key: string): Promise<Shard<T>> {
    const cached = this.shards.get(key);
    if (cached) return cached;
    const records = new Map<string, T>();
    let text: string | null = null;
    try {
      text = await readFile(this.fileOf(key), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text !== null) {
      const vouched = (await this.digests?.vouches(key, text)) === true;
      this.parseInto(key, text, records, vouched);
    }
    const shard: Shard<T> = { records, coalescer: new WriteCoalescer(() => this.save(key)) };
    // Another caller may have loaded it while we awaited.
    const raced = this.shards.get(key);
    if (raced) return raced;
    this.shards.set(key, shard);
    return shard;
  }

  /** `vouched`: the bytes are what this app wrote from validated records (ShardDigests), so records are not validated again. */
  private parseInto(key: string, text: string, into: Map<string, T>, vouched: boolean): void {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      this.quarantine(key);
      this.notices.push(
        `A ${this.label}s file (${key}.json) was damaged and was set aside; its ${this.label}s are missing.`,
      );
      return;
    }
    const records = z
      .object({ version: z.literal(SHARD_VERSION), records: z.array(z.unknown()) })
      .safeParse(raw);
    if (!records.success) {
      this.quarantine(key);
      this.notices.push(
        `A ${this.label}s file (${key}.json) is not in a format this app knows; it was set aside.`,
      );
      return;
    }
    if (vouched) {
      for (const record of records.data.records as T[]) into.set(record.id, record);
      return;
    }
    let skipped = 0;
    for (const candidate of records.data.records) {
      const parsed = this.schema.safeParse(candidate);
      if (parsed.success) into.set(parsed.data.id, parsed.data);
      else skipped++;
    }
    if (skipped > 0)
      this.notices.push(`${skipped} damaged ${this.label} record(s) in ${key}.json were skipped.`);
    else this.digests?.validated(key, text);
  }

  private quarantine(key: string): void {
    this.digests?.forget(key);
    const from = this.fileOf(key);
    void this.background.run(`set the damaged ${this.label}s file ${key}.json aside`, () =>
      rename(from, `${from}.damaged-${Date.now()}`),
    );
  }

  private async save(key: string): Promise<void> {
    const shard = this.shards.get(key);
    if (!shard) return;
    await mkdir(this.dir, { recursive: true });
    await writeFileDurable(this.fileOf(key), this.bodyOf(shard), this.hooks);
    this.digests?.written(key);
  }

  private bodyOf(shard: Shard<T>): string {
    return JSON.stringify({ version: SHARD_VERSION, records: [...shard.records.values()] });
  }

  /**
   * Leaves the digests of the shards as this session left them, so the next open need not
   * validate them again; call once every write is done (the store's close).
   */
  async saveDigests(): Promise<void> {
    await this.idle();
    await this.digests?.save((key) => {
      const shard = this.shards.get(key);
      return shard ? this.bodyOf(shard) : null;
    });
  }

  async forGroup(groupId: string): Promise<T[]> {
    const shard = await this.load(shardKeyOf(groupId));
    return [...shard.records.values()].filter((r) => this.groupOf(r) === groupId);
  }

  /** The record `id` of group `groupId` only: groups share shards, so a record of another group is not it. */
  async get(groupId: string, id: string): Promise<T | undefined> {
    const record = (await this.load(shardKeyOf(groupId))).records.get(id);
    return record !== undefined && this.groupOf(record) === groupId ? record : undefined;
  }

  /** Inserts or replaces records of one group; resolves when durably saved. */
  async put(groupId: string, ...records: T[]): Promise<void> {
    const key = shardKeyOf(groupId);
    const shard = await this.load(key);
    const ids = records.map((r) => r.id);
    for (const record of records) shard.records.set(record.id, record);
    for (const id of ids) this.byId?.set(id, groupId);
    this.bump(key, groupId, ids);
    await shard.coalescer.request();
  }

  async remove(groupId: string, ...ids: string[]): Promise<void> {
    const key = shardKeyOf(groupId);
    const shard = await this.load(key);
    // Only this group's records: another group in the same shard keeps its own.
    const own = ids.filter((id) => {
      const record = shard.records.get(id);
      return record !== undefined && this.groupOf(record) === groupId;
    });
    for (const id of own) {
      shard.records.delete(id);
      this.byId?.delete(id);
    }
    this.bump(key, groupId, own);
    await shard.coalescer.request();
  }

  private bump(key: string, group: string, ids: readonly string[]): void {
    this.revisions.set(key, (this.revisions.get(key) ?? 0) + 1);
    for (const id of ids) this.journal.push({ group, id });
    if (this.journal.length > JOURNAL_LIMIT) {
      const drop = this.journal.length - JOURNAL_LIMIT / 2;
      this.journal = this.journal.slice(drop);
      this.journalStart += drop;
    }
  }

  /** The journal position now: pass it to `changesSince` later. */
  changeMark(): number {
    return this.journalStart + this.journal.length;
  }

  /** Records put or removed since `mark` (oldest first), or null when those entries were dropped. */
  changesSince(mark: number): RecordChange[] | null {
    if (mark < this.journalStart) return null;
    return this.journal.slice(mark - this.journalStart);
  }

  /** How many changes were made in this process, in any shard: moves with every put and remove. */
  get changeCount(): number {
    return this.changeMark();
  }

  /** How often each shard was changed in this process (absent: never). */
  revisionsNow(): Map<string, number> {
    return new Map(this.revisions);
  }

  /** Keys of the shard files on disk and of shards changed in memory. */
  async keys(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const onDisk = names.filter((n) => SHARD_FILE.test(n)).map((n) => n.slice(0, 2));
    return [...new Set([...onDisk, ...this.shards.keys()])].sort();
  }

  /**
   * Identifies each shard file's current version without reading it: inode, size and
   * modification time change with every durable write (which renames a new file in).
   */
  async fingerprints(): Promise<Map<string, string>> {
    const keys = await this.keys();
    const out = new Map<string, string>();
    await Promise.all(
      keys.map(async (key) => {
        const info = await stat(this.fileOf(key), { bigint: true }).catch(() => null);
        if (info) out.set(key, `${info.ino}:${info.size}:${info.mtimeNs}`);
      }),
    );
    return out;
  }

  /** The records of the given shards only. */
  async inShards(keys: Iterable<string>): Promise<T[]> {
    const shards = await Promise.all([...keys].map((k) => this.load(k)));
    return shards.flatMap((s) => [...s.records.values()]);
  }

  /** Every record, loading all shards (entity pages, search, export). */
  async all(): Promise<T[]> {
    return this.inShards(await this.keys());
  }

  /** Finds a record by id alone (loads every shard the first time). */
  async findById(id: string): Promise<T | undefined> {
    if (!this.byId) {
      const all = await this.all();
      this.byId = new Map(all.map((r) => [r.id, this.groupOf(r)]));
    }
    const group = this.byId.get(id);
    return group === undefined ? undefined : this.get(group, id);
  }

  async idle(): Promise<void> {
    await Promise.all([...this.shards.values()].map((s) => s.coalescer.idle()));
    await this.background.idle();
  }
}
