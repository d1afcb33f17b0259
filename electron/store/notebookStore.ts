import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../../shared/errors';
import { highlightSchema, type Highlight, type NotebookFile, type Source } from '../../shared/model';
import { Backups } from './backups';
import { BackupSchedule } from './backupSchedule';
import { BackgroundWrites, type ReportProblem } from './backgroundWrites';
import { BlobStore } from './blobStore';
import { CleanClose, HIGHLIGHT_SCHEMA_DIGEST, SavedDigest } from './cleanClose';
import { DurableTextAdapter } from './durableTextAdapter';
import type { DurableWriteHooks } from './durableWrite';
import { reporterFsError, requireFolder } from './fsErrors';
import { clearLeftovers, JOBS_FOLDER } from './leftovers';
import { exists, loadOrRecover, NOTEBOOK_FILE } from './loadNotebook';
import { NotebookLock } from './notebookLock';
import { openNotebooks } from './openNotebooks';
import { removeById, removeSourceFrom, replaceById } from './recordEdits';
import { NoteFiles } from './noteFiles';
import { ShardedRecords } from './shardedRecords';
import { SimilarityStore } from './similarityStore';
import { SourceIndex, type SourceChanges } from './sourceIndex';
import { backupBody, notebookBody, SourceShards } from './sourceShards';
import { SourceTexts } from './sourceTexts';
import type { OpenOptions, RecordKind, RecordOf } from './storeOptions';
import { WriteCoalescer } from './writeCoalescer';

export { NOTEBOOK_FILE };

export type { OpenOptions, RecordKind, RecordOf } from './storeOptions';

/**
 * One open notebook folder: `notebook.json` (metadata, written durably), the
 * sources in `sources/` shards (SourceShards), immutable `texts/` and `originals/`, rotating `backups/`,
 * and a lock so only one process writes it.
 */
export class NotebookStore {
  readonly texts: BlobStore;
  readonly originals: BlobStore;
  /** Highlights, sharded by source id so one save stays small. */
  readonly highlights: ShardedRecords<Highlight>;
  /** The source list's files, written by the store's save (fingerprints: search's clean-close check). */
  readonly sourceShards: SourceShards;
  /** `notebook.json` through lowdb: the notebook's own record, entities, claims and the note index. */
  private readonly notebookFile: Low<string>;
  /** Note bodies and revisions, one file each. */
  readonly notes: NoteFiles;
  /** Near-duplicate signatures, a rebuildable cache beside the notebook. */
  readonly similarity: SimilarityStore;
  /** Things the reporter should be told, e.g. that a backup was restored. */
  readonly notices: string[] = [];
  /** Writes that outlive their call (backups, cache saves, packet jobs): awaited on close, failures reported. */
  readonly background: BackgroundWrites;
  /** What is known of notebook.json's bytes on disk (for the clean-close marker and the search index). */
  readonly digest: SavedDigest;
  private readonly coalescer: WriteCoalescer;
  private readonly backups: BackupSchedule;
  private readonly sourceTexts: SourceTexts;
  /** Sources by id and by text hash: built at open, then kept current change by change. */
  private index: SourceIndex;
  private closed = false;
  private changes = 0; // changes to notebook.json in this process: see revisionMemo
  /** Takes this store off the list of open notebooks (see openNotebooks). */
  private forget: () => void = () => undefined;

  private constructor(
    readonly dir: string,
    private readonly db: { data: NotebookFile },
    private readonly lock: NotebookLock,
    hooks: DurableWriteHooks = {},
    private readonly onProblem: ReportProblem = () => undefined,
  ) {
    this.background = new BackgroundWrites((what, error) => this.reportProblem(what, error));
    this.notes = new NoteFiles(join(dir, 'notes'));
    this.similarity = new SimilarityStore(
      dir,
      () => this.sources(),
      (s) => this.readText(s),
      this.background,
    );
    this.highlights = new ShardedRecords(join(dir, 'highlights'), highlightSchema, (h) => h.sourceId, {
      hooks,
      report: (what, error) => this.reportProblem(what, error),
      schemaDigest: HIGHLIGHT_SCHEMA_DIGEST,
    });
    this.sourceShards = new SourceShards(dir, { hooks, report: (w, e) => this.reportProblem(w, e) });
    this.notebookFile = new Low(new DurableTextAdapter(join(dir, NOTEBOOK_FILE), hooks), '');
    this.texts = new BlobStore(join(dir, 'texts'));
    this.sourceTexts = new SourceTexts(this.texts);
    this.originals = new BlobStore(join(dir, 'originals'));
    this.backups = new BackupSchedule(new Backups(join(dir, 'backups')), this.background, () =>
      backupBody(this.db.data),
    );
    this.coalescer = new WriteCoalescer(() => this.saveNow());
    this.digest = new SavedDigest(
      new CleanClose(dir),
      () => notebookBody(this.db.data),
      () => this.coalescer.idle(),
    );
    this.index = SourceIndex.build(db.data.sources);
  }

  static async open(dir: string, options: OpenOptions = {}): Promise<NotebookStore> {
    await requireFolder(dir, options.create === true);
    const lock = await NotebookLock.acquire(dir).catch((e: unknown) => {
      throw reporterFsError(e, dir);
    });
    try {
      await clearLeftovers(dir, lock.tookOver);
      if (options.onLocked && (await exists(join(dir, NOTEBOOK_FILE)))) options.onLocked();
      const loaded = await loadOrRecover(dir, { ...options, vouched: new CleanClose(dir).read() });
      const store = new NotebookStore(dir, { data: loaded.file }, lock, options.hooks, options.onProblem);
      // The sources come from their shards, or (format 1, a restored backup) from the file itself.
      store.db.data.sources = await store.sourceShards.open(loaded.file);
      store.index = SourceIndex.build(store.db.data.sources);
      if (loaded.sha256) store.digest.opened(loaded.sha256, loaded.vouched === true);
      store.notices.push(...loaded.notices, ...store.sourceShards.notices);
      await Promise.all([store.texts.ensureDir(), store.originals.ensureDir()]);
      if (loaded.needsSave || loaded.text === undefined || store.sourceShards.needsSave) {
        await store.saveNow();
        void store.backups.now();
      } else store.backups.openedLater(() => backupBody(store.db.data));
      store.forget = openNotebooks.add(dir, () => store.close());
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  get data(): Readonly<NotebookFile> {
    this.assertOpen();
    return this.db.data;
  }

  /** Every source, in memory (kept on disk in `sources/` shards): the one list every consumer reads. */
  sources(): readonly Source[] {
    return this.data.sources;
  }
  sourceById(id: string): Source | undefined {
    return this.index.sourceById(id);
  }
  sourceByTextHash(sha256: string): Source | undefined {
    return this.index.sourceByTextHash(sha256);
  }

  /** The clean text of a source, verified against its hash. */
  readText(source: Pick<Source, 'textSha256'>): Promise<string> {
    return this.sourceTexts.read(source);
  }

  /** Every source's text, lower-cased alongside (see SourceTexts.all). */
  allTexts(): Promise<Array<{ source: Source; text: string; folded: string }>> {
    return this.sourceTexts.all(this.sources());
  }

  /** The records of one kind (sources, entities, claims, notes), read-only. */
  list<K extends RecordKind>(kind: K): readonly RecordOf<K>[] {
    return this.data[kind];
  }

  /** One record by id, or undefined. */
  find<K extends RecordKind>(kind: K, id: string): RecordOf<K> | undefined {
    if (kind === 'sources') return this.index.sourceById(id);
    return this.list(kind).find((r) => r.id === id);
  }

  /** Puts `next` in place of the record with its id, durably; resolves to `next`. */
  async replace<K extends RecordKind>(kind: K, next: RecordOf<K>): Promise<RecordOf<K>> {
    const known = kind === 'sources' && this.index.sourceById(next.id) !== undefined;
    await this.mutate(
      (file) => replaceById(file[kind] as Array<RecordOf<K>>, next),
      known ? { put: [next as Source] } : {},
    );
    return next;
  }

  /** Adds a record, durably; resolves to it. */
  async add<K extends RecordKind>(kind: K, record: RecordOf<K>): Promise<RecordOf<K>> {
    await this.mutate(
      (file) => void (file[kind] as Array<RecordOf<K>>).push(record),
      kind === 'sources' ? { put: [record as Source] } : {},
    );
    return record;
  }

  /** Removes a record by id, durably (nothing else is changed: callers untie what pointed to it). */
  async removeRecord(kind: Exclude<RecordKind, 'sources'>, id: string): Promise<void> {
    await this.mutate((file) => removeById(file[kind], id), {});
  }

  /** Removes a source and every link to it from other sources' similar lists; its files stay. */
  async removeSource(id: string): Promise<void> {
    this.requireSource(id);
    await this.mutate((file) => removeSourceFrom(file.sources, id), { drop: [id] });
    await this.similarity.remove(id);
  }

  get changeCount(): number {
    return this.changes;
  }
  /** The notebook's own name, id and dates. */
  get meta(): Readonly<NotebookFile['notebook']> {
    return this.data.notebook;
  }

  /** The reporter's reliability ratings of sources and outlets; replaced whole, durably. */
  ratings(): Readonly<NotebookFile['ratings']> {
    return this.data.ratings;
  }
  async replaceRatings(next: NotebookFile['ratings']): Promise<void> {
    await this.mutate((file) => void (file.ratings = next), {});
  }
  /** Names the reporter said are not entities (lower-cased as entered). */
  rejectedSuggestions(): readonly string[] {
    return this.data.rejectedSuggestions;
  }

  /** A source by id, or a NOT_FOUND error a reporter understands. */
  requireSource(id: string): Source {
    const source = this.index.sourceById(id);
    if (!source)
      throw new AppError('NOT_FOUND', 'That source is not in this notebook (it may have been removed).');
    return source;
  }

  /**
   * Changes the notebook and resolves once the change is durably on disk.
   * Changes made in the same tick share one save. `sources` says what the change did to the
   * source list; without it the lookups are built again from the whole list, O(sources).
   */
  async mutate<T>(change: (file: NotebookFile) => T, sources?: SourceChanges): Promise<T> {
    this.assertOpen();
    this.changes++;
    this.backups.beforeChange();
    const before = this.db.data.sources;
    let result: T;
    try {
      result = change(this.db.data);
    } catch (error) {
      this.index = SourceIndex.build(this.db.data.sources); // it may have changed part of the list
      throw error;
    }
    this.digest.changed();
    this.backups.changed();
    this.db.data.notebook.updatedAt = new Date().toISOString();
    this.index = this.index.followed(before, this.db.data.sources, sources);
    await this.coalescer.request();
    return result;
  }

  /** Resolves once every write so far is on disk, deferred ones too; close() calls it before unlocking. */
  async settle(): Promise<void> {
    await this.similarity.idle();
    await Promise.all([this.coalescer.idle(), this.highlights.idle(), this.sourceShards.idle()]);
    await this.background.idle();
    await this.backups.idle();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.settle();
    await this.backups.onClose();
    await this.settle();
    // The next open may skip validating what this session wrote (the marker last); a failure costs only that.
    const digests = Promise.all([this.highlights.saveDigests(), this.sourceShards.saveDigests()]);
    await digests.catch((e: unknown) => this.onProblem('save the shard digests', e));
    await this.digest
      .markCleanClose()
      .catch((e: unknown) => this.onProblem('mark the notebook closed cleanly', e));
    this.closed = true;
    await rm(join(this.dir, JOBS_FOLDER), { recursive: true, force: true }).catch(() => undefined);
    this.forget();
    await this.lock.release();
  }

  /** A write that failed after its caller was answered: the reporter is told once per kind, the session logs each. */
  reportProblem(what: string, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    const notice = `Could not ${what} (${reason}). Your sources and notes are not affected.`;
    if (!this.notices.some((n) => n.startsWith(`Could not ${what} (`))) this.notices.push(notice);
    this.onProblem(what, error);
  }
  private assertOpen(): void {
    if (this.closed) throw new AppError('INTERNAL', 'This notebook has been closed.');
  }
  /** One save: source shards and notebook.json (through lowdb), in the order SourceShards.save explains. */
  private async saveNow(): Promise<void> {
    await this.backups.beforeSave();
    await this.sourceShards.save(this.db.data, (body) => {
      this.notebookFile.data = body;
      return this.notebookFile.write();
    });
    await this.backups.afterSave();
  }
}
