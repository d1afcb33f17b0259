import { mkdir } from 'node:fs/promises';
import {
  MemoryIndex,
  type FieldTokens,
  type DocMeta,
  type SearchDoc,
  type SearchDocFilters,
  type SearchFilters,
  type SearchResult,
} from '../../shared/search';
import { applyChange, type ChangeLog, type ChangeOp, type OpTokens } from './changeLog';
import { longTextsOf, tokensOf } from './longTexts';
import { loadGeneration, writeGeneration } from './generations';
import { reconcile } from './reconcile';
import { SearchFolder, type RebuildReason } from './searchFolder';
import type { SearchIndexOptions, SearchStatus } from './types';
import { timeSlices } from './timeSlices';

const COMPACT = 'compact the search index';

/**
 * The notebook's full-text index. Searches run on memory; each change is applied at once and
 * appended to a small change log, and the log is folded into a fresh segment in the background
 * once it grows. A missing, outdated or damaged index is rebuilt from `allDocs` in the
 * background while searches answer from what is indexed so far, flagged `rebuilding`.
 */
export class SearchIndex {
  private mem = new MemoryIndex();
  private log: ChangeLog | null = null;
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();
  private opsDuringCompaction: Array<[ChangeOp, OpTokens | undefined]> | null = null;
  /** Changes waiting for a worker to tokenize long texts, in order; later changes queue behind them. */
  private ahead: Promise<void> = Promise.resolve();
  private waiting = 0;
  /** Stamps of documents whose change is waiting (null: being removed), for reconcile. */
  private readonly waitingStamps = new Map<string, { stamp: string | undefined | null }>();
  private compactionQueued = false;
  private closed = false;
  private rebuildTouched: Set<string> | null = null;
  private status_: SearchStatus = { state: 'ready', docs: 0 };
  private loadedWhole = false;
  private readonly folder: SearchFolder;

  private constructor(private readonly options: SearchIndexOptions) {
    this.folder = new SearchFolder(options.dir);
  }

  /** Opens the index in `options.dir`, starting a background rebuild when it cannot be used. */
  static async open(options: SearchIndexOptions): Promise<SearchIndex> {
    const index = new SearchIndex(options);
    await mkdir(options.dir, { recursive: true });
    const manifest = await index.folder.readManifest();
    if (typeof manifest === 'string') index.startRebuild(manifest);
    else {
      try {
        const { mem, log, complete } = await loadGeneration(index.folder, manifest.generation);
        index.mem = mem;
        index.log = log;
        index.generation = manifest.generation;
        if (!complete) index.status_.reason = 'changes-lost';
        index.loadedWhole = complete;
        index.maybeCompact();
      } catch {
        index.startRebuild('damaged');
      }
    }
    return index;
  }

  status(): SearchStatus {
    return { ...this.status_, docs: this.mem.size };
  }

  /** Ranked hits grouped by kind, at most `limit` per kind. */
  search(query: string, filters: SearchFilters = {}, limit = 10): SearchResult {
    const result = this.mem.search(query, filters, limit);
    result.rebuilding = this.status_.state === 'rebuilding' || this.waiting > 0;
    return result;
  }

  /** Resolves once every change made so far is searchable (long texts tokenized and indexed). */
  async caughtUp(): Promise<void> {
    let seen: Promise<void> | null = null;
    while (seen !== this.ahead) await (seen = this.ahead);
  }

  /**
   * Indexes a document (replacing one with the same id); searchable as soon as this is called,
   * except a long one when `tokenize` is given: its words are found in a worker first, and until
   * then (see caughtUp) searches are flagged incomplete.
   */
  add(doc: SearchDoc): Promise<void> {
    return this.change({ op: 'add', doc });
  }

  remove(id: string): Promise<void> {
    return this.change({ op: 'remove', id });
  }

  /** Updates filter values (tags, has-highlights…) without re-indexing text. */
  setFilters(id: string, filters: SearchDocFilters): Promise<void> {
    return this.change({ op: 'filters', id, filters });
  }

  /** True when the index was loaded from disk whole: no rebuild, no torn change log. */
  openedWhole(): boolean {
    return this.loadedWhole;
  }

  /** What the index keeps about each live document, in no particular order. */
  *metas(): IterableIterator<DocMeta> {
    for (const meta of this.mem.docs.metas) if (meta) yield meta;
  }

  /** The stamp stored with a document, null when it is not indexed. */
  stampOf(id: string): string | undefined | null {
    const waiting = this.waitingStamps.get(id);
    if (waiting) return waiting.stamp;
    const meta = this.mem.metaOf(id);
    return meta ? meta.stamp : null;
  }

  /**
   * Catches up with the notebook (after a lost log tail, or edits made without this index):
   * `stamps` maps every document id to its current stamp; see `reconcile`.
   */
  async reconcile(
    stamps: ReadonlyMap<string, string | undefined>,
    load: (id: string) => Promise<SearchDoc | null>,
    keep?: (meta: DocMeta) => boolean,
  ): Promise<number> {
    await this.whenReady();
    const changes = await reconcile(this, stamps, load, keep);
    if (this.status_.reason === 'changes-lost') delete this.status_.reason;
    return changes;
  }

  /** Resolves once no rebuild is running. */
  async whenReady(): Promise<void> {
    while (this.status_.state === 'rebuilding' && !this.closed) await this.queue;
  }

  /** Resolves once every change is applied and on disk and no compaction is pending. */
  async idle(): Promise<void> {
    await this.caughtUp();
    let seen: Promise<void> | null = null;
    while (seen !== this.queue) await (seen = this.queue);
  }

  /** Resolves once every change so far is durably on disk. */
  async flush(): Promise<void> {
    await this.idle();
    await this.log?.sync();
  }

  async close(): Promise<void> {
    await this.caughtUp();
    this.closed = true;
    await this.idle();
    await this.log?.close();
    this.log = null;
  }

  private change(op: ChangeOp): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The search index is closed.'));
    const { tokenize } = this.options;
    if (tokenize && (this.waiting > 0 || longTextsOf(this.mem, op))) {
      this.later(op, tokenize);
      return Promise.resolve();
    }
    return this.apply(op);
  }

  /**
   * Queues a change behind those waiting for a worker: long texts are tokenized there, then the
   * change is applied on the main thread as integers. If the worker fails, the change is applied
   * anyway (tokenized here) and the failure reported: the index never misses a document.
   */
  private later(op: ChangeOp, tokenize: (texts: string[]) => Promise<FieldTokens[]>): void {
    const id = op.op === 'add' ? op.doc.id : op.id;
    const mark = { stamp: op.op === 'add' ? op.doc.stamp : op.op === 'remove' ? null : this.stampOf(id) };
    this.waitingStamps.set(id, mark);
    this.waiting++;
    this.ahead = this.ahead.then(async () => {
      // Looked at in order: the changes ahead may have changed what is indexed under this id.
      const long = longTextsOf(this.mem, op);
      const tokens = long
        ? await tokensOf(long, tokenize).catch((error: unknown) => {
            this.options.onProblem?.('index a long text in the background', error);
            return undefined;
          })
        : undefined;
      if (this.waitingStamps.get(id) === mark) this.waitingStamps.delete(id);
      this.waiting--;
      await this.apply(op, tokens).catch(() => undefined);
    });
  }

  private apply(op: ChangeOp, tokens?: OpTokens): Promise<void> {
    applyChange(this.mem, op, tokens);
    this.opsDuringCompaction?.push([op, tokens]);
    this.rebuildTouched?.add(op.op === 'add' ? op.doc.id : op.id);
    return this.enqueue('update the search index', async () => {
      await this.log?.append(op);
      this.maybeCompact();
    });
  }

  /**
   * Every write of the index runs on this one queue, which close() drains. The queue survives a
   * failed step; the failure goes to `onProblem` (the notebook reports and logs it).
   */
  private enqueue(what: string, work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work);
    this.queue = run.catch((error: unknown) => this.options.onProblem?.(what, error));
    return run;
  }

  /** Queues work that only close() waits for; a failure is reported like any other step's. */
  private enqueueInBackground(what: string, work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => this.options.onProblem?.(what, error));
  }

  /** Folds the change log into a new segment now, in the background (it happens by itself too). */
  compact(): Promise<void> {
    this.compactionQueued = true;
    return this.enqueue(COMPACT, () => this.writeGeneration());
  }

  /** Queues a compaction once the log is long; its outcome is the queue's (see enqueue). */
  private maybeCompact(): void {
    const log = this.log;
    const limit = this.options.compactAfter ?? 500;
    if (!log || this.compactionQueued || (log.count < limit && log.bytes < 16 * limit * 1024)) return;
    this.compactionQueued = true;
    this.enqueueInBackground(COMPACT, () => this.writeGeneration());
  }

  private startRebuild(reason: RebuildReason): void {
    this.mem = new MemoryIndex();
    const oldLog = this.log;
    this.log = null;
    this.status_ = { state: 'rebuilding', docs: 0, reason };
    this.rebuildTouched = new Set();
    this.enqueueInBackground('close the old search change log', async () => oldLog?.close());
    this.enqueueInBackground('rebuild the search index', () => this.rebuild());
  }

  private async rebuild(): Promise<void> {
    try {
      const pause = timeSlices();
      for await (const doc of this.options.allDocs()) {
        if (this.closed) return;
        // A long text's words are found in a worker (see change); the rest is tokenized here.
        const { tokenize } = this.options;
        const long = tokenize ? longTextsOf(this.mem, { op: 'add', doc }) : null;
        const tokens = long && tokenize ? await tokensOf(long, tokenize).catch(() => undefined) : undefined;
        if (!this.rebuildTouched?.has(doc.id)) this.mem.add(doc, tokens);
        const paused = pause();
        if (paused) await paused;
      }
      if (!this.closed) await this.writeGeneration();
    } finally {
      this.rebuildTouched = null;
      this.status_.state = 'ready';
    }
  }

  /** Folds memory into a new generation; changes made meanwhile are replayed on top of it. */
  private async writeGeneration(): Promise<void> {
    this.compactionQueued = false;
    const meanwhile: Array<[ChangeOp, OpTokens | undefined]> = [];
    this.opsDuringCompaction = meanwhile;
    try {
      const generation = this.generation + 1;
      const { mem, log } = await writeGeneration(this.folder, this.mem, generation);
      await this.log?.close();
      this.log = log;
      this.generation = generation;
      await this.folder.removeAllBut(generation);
      for (const [op, tokens] of meanwhile) applyChange(mem, op, tokens);
      this.mem = mem;
    } finally {
      this.opsDuringCompaction = null;
    }
  }
}
