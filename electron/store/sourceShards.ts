import { join } from 'node:path';
import { sha256Hex } from './blobStore';
import type { DurableWriteHooks } from './durableWrite';
import { sourceSchema, type NotebookFile, type Source } from '../../shared/model';
import { SOURCE_SCHEMA_DIGEST } from './cleanClose';
import { ShardedRecords, type ShardOptions } from './shardedRecords';

/** Where the sources live (format 2): `sources/<key>.json`, keyed like the highlights (shardKeyOf). */
export const SOURCES_FOLDER = 'sources';

/** The fields of a source as last handed to its shard, to tell what a later change touched. */
type Written = Readonly<Record<string, unknown>>;

/**
 * The source list on disk, one shard file per id-hash key, so that saving or importing one source
 * rewrites one small file instead of every source in notebook.json. The store keeps the whole
 * list in memory as before (every consumer still reads `store.sources()`); this class only
 * decides which shard files a save must rewrite, by comparing each source with what was last
 * written: a replaced record or a field set to a new value is a change. Values inside a source
 * (lists, the original) are frozen once written, so changing one in place throws instead of
 * being silently left unsaved.
 *
 * Order of a save (`save`), so that a crash between two writes never loses or
 * duplicates a source: (1) shards with new and changed sources, (2) notebook.json, (3) shards
 * without removed sources. A source is in exactly one shard (its id decides which), so it cannot
 * be duplicated; notebook.json never names a source before its shard holds it; a crash before
 * (3) leaves a removed source in its shard, and it is still there on the next open (the removal
 * was never reported as saved).
 */
export class SourceShards {
  private readonly records: ShardedRecords<Source>;
  private readonly hooks: DurableWriteHooks;
  private written = new Map<string, Written>();
  /** The list came from a file (format 1, a backup) or a save failed: every shard is rewritten. */
  private adopted = false;

  constructor(
    private readonly dir: string,
    options: Omit<ShardOptions, 'schemaDigest' | 'label'> = {},
  ) {
    this.hooks = options.hooks ?? {};
    this.records = new ShardedRecords(join(dir, SOURCES_FOLDER), sourceSchema, (s) => s.id, {
      ...options,
      schemaDigest: SOURCE_SCHEMA_DIGEST,
      label: 'source',
    });
  }

  /** Problems found while loading shards (damaged files set aside), for the reporter. */
  get notices(): readonly string[] {
    return this.records.notices;
  }

  /**
   * The sources of a notebook as opened: from the shards when notebook.json says they are there.
   * Otherwise (format 1, a restored backup) the list in the file is adopted and written to every
   * shard on the first save, joined with what the shards already hold: after a restore from an
   * older backup they hold sources added since, which are kept (a source removed since may come
   * back; none is lost). Shard order is not the list's order: sorted by creation time, then id.
   */
  async open(file: NotebookFile): Promise<Source[]> {
    const onDisk = await this.records.all();
    if (file.sourcesIn !== 'shards') {
      this.adopted = true;
      const inFile = new Set(file.sources.map((s) => s.id));
      const shardOnly = onDisk.filter((s) => !inFile.has(s.id));
      return shardOnly.length === 0 ? file.sources : [...file.sources, ...shardOnly].sort(byCreation);
    }
    const sources = onDisk.sort(byCreation);
    for (const source of sources) this.remember(source);
    return sources;
  }

  /** True when the next save must write notebook.json in the sharded format (the list was adopted). */
  get needsSave(): boolean {
    return this.adopted;
  }

  /**
   * Saves the notebook: the changed shards, then notebook.json, then the shards losing removed
   * sources. What each write holds is taken from `data` as it is now, in one step: a change made
   * meanwhile goes into the next save, so notebook.json never names a source its shard lacks.
   */
  async save(data: NotebookFile, writeNotebook: (body: string) => Promise<void>): Promise<void> {
    const body = notebookBody(data);
    try {
      const removeStale = await this.writeChanged(data.sources);
      await writeNotebook(body);
      await removeStale();
    } catch (error) {
      // What reached the disk is unknown: the next save rewrites every shard, as after adopting a list.
      this.written.clear();
      this.adopted = true;
      throw error;
    }
  }

  /**
   * Step (1) of a save: writes every shard whose sources changed since they were last written,
   * durably. Resolves to step (3), which removes the sources no longer in the list.
   */
  private async writeChanged(sources: readonly Source[]): Promise<() => Promise<void>> {
    const stale = new Set(this.written.keys());
    const changed: Source[] = [];
    for (const source of sources) {
      stale.delete(source.id);
      if (!sameAsWritten(source, this.written.get(source.id))) changed.push(source);
    }
    this.adopted = false;
    for (const source of changed) this.remember(source);
    for (const id of stale) this.written.delete(id);
    await Promise.all(changed.map((source) => this.records.put(source.id, source)));
    return async () => {
      await Promise.all([...stale].map((id) => this.records.remove(id, id)));
    };
  }

  /**
   * notebook.json's digest joined with the fingerprints (inode, size, mtime) of every source shard
   * file, for the search index's clean-close check: a source shard written after notebook.json was
   * (a crash between the two writes) changes it, so the index compares its records again.
   */
  async withFingerprints(notebookSha256: string): Promise<string> {
    const shards = [...(await this.records.fingerprints())].sort(([a], [b]) => (a < b ? -1 : 1));
    return sha256Hex(`${notebookSha256}\n${JSON.stringify(shards)}`);
  }

  async idle(): Promise<void> {
    await this.records.idle();
  }

  /** See ShardedRecords.saveDigests: on close, once every write is done. */
  saveDigests(): Promise<void> {
    return this.records.saveDigests();
  }

  private remember(source: Source): void {
    for (const value of Object.values(source)) if (value !== null && typeof value === 'object') freeze(value);
    this.written.set(source.id, { ...source });
  }
}

function sameAsWritten(source: Source, written: Written | undefined): boolean {
  if (!written) return false;
  const fields = Object.keys(source);
  if (fields.length !== Object.keys(written).length) return false;
  return fields.every((field) => (source as Record<string, unknown>)[field] === written[field]);
}

/** Freezes a source's nested JSON values (bounded depth: the schema's lists of small objects). */
function freeze(value: object): void {
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value))
    if (inner !== null && typeof inner === 'object' && !Object.isFrozen(inner)) Object.freeze(inner);
}

function byCreation(a: Source, b: Source): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** notebook.json as the store writes it (format 2): everything but the sources, which are in shards. */
export function notebookBody(data: NotebookFile): string {
  return JSON.stringify({ ...data, sources: [], sourcesIn: 'shards' });
}

/** A backup: the whole notebook in one file, sources included, so a restore needs nothing else. */
export function backupBody(data: NotebookFile): string {
  return JSON.stringify({ ...data, sourcesIn: 'file' });
}
