import { mkdir, readFile } from 'node:fs/promises';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import {
  MemoryIndex,
  type Pause,
  type SearchDoc,
  type SearchDocFilters,
  type SearchFilters,
  type SearchResult,
} from '../../shared/search';
import { ChangeLog, type ChangeOp } from './changeLog';
import { SearchFolder, type RebuildReason } from './searchFolder';
import { decodeSegment, encodeSegment } from './segmentFile';

export interface SearchIndexOptions {
  /** The index folder, `search/` beside the notebook. */
  dir: string;
  /** Every document of the notebook; read only to rebuild a missing, outdated or damaged index. */
  allDocs: () => AsyncIterable<SearchDoc> | Iterable<SearchDoc>;
  /** Fold the change log into a new segment once it holds this many changes. */
  compactAfter?: number;
}

export interface SearchStatus {
  state: 'ready' | 'rebuilding';
  docs: number;
  /** Why the last rebuild started; 'changes-lost' means the log was cut and `reconcile` should run. */
  reason?: RebuildReason | 'changes-lost';
}

// Rebuilding yields to the event loop this often, so the notebook stays responsive.
const SLICE_MS = 8;

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
  private opsDuringCompaction: ChangeOp[] | null = null;
  private compactionQueued = false;
  private closed = false;
  private rebuildTouched: Set<string> | null = null;
  private status_: SearchStatus = { state: 'ready', docs: 0 };
  private readonly folder: SearchFolder;
  /** The last background failure (disk full, unreadable notebook), for diagnostics. */
  lastError: unknown = null;

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
        index.mem = new MemoryIndex(
          decodeSegment(await readFile(index.folder.segmentPath(manifest.generation))),
        );
        const { log, ops, complete } = await ChangeLog.open(index.folder.logPath(manifest.generation));
        for (const op of ops) index.apply(op);
        index.log = log;
        index.generation = manifest.generation;
        if (!complete) index.status_.reason = 'changes-lost';
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
    result.rebuilding = this.status_.state === 'rebuilding';
    return result;
  }

  /** Indexes a document (replacing one with the same id); searchable as soon as this is called. */
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

  /**
   * Brings the index in line with the notebook: `stamps` maps every document id to its
   * current stamp; documents missing, extra or with another stamp are loaded or removed.
   */
  async reconcile(
    stamps: ReadonlyMap<string, string | undefined>,
    load: (id: string) => Promise<SearchDoc | null>,
  ): Promise<number> {
    await this.whenReady();
    let changes = 0;
    for (const id of [...this.mem.docs.ids()]) {
      if (!stamps.has(id)) {
        await this.remove(id);
        changes++;
      }
    }
    for (const [id, stamp] of stamps) {
      const meta = this.mem.metaOf(id);
      if (meta && stamp !== undefined && meta.stamp === stamp) continue;
      const doc = await load(id);
      await (doc ? this.add(doc) : this.remove(id));
      changes++;
    }
    if (this.status_.reason === 'changes-lost') delete this.status_.reason;
    return changes;
  }

  /** Resolves once no rebuild is running. */
  async whenReady(): Promise<void> {
    while (this.status_.state === 'rebuilding' && !this.closed) await this.queue;
  }

  /** Resolves once every change is on disk and no compaction is pending. */
  async idle(): Promise<void> {
    let seen: Promise<void> | null = null;
    while (seen !== this.queue) await (seen = this.queue);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
    await this.log?.close();
    this.log = null;
  }

  private apply(op: ChangeOp, mem = this.mem): void {
    if (op.op === 'add') mem.add(op.doc);
    else if (op.op === 'remove') mem.remove(op.id);
    else mem.setFilters(op.id, op.filters);
  }

  private change(op: ChangeOp): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The search index is closed.'));
    this.apply(op);
    this.opsDuringCompaction?.push(op);
    this.rebuildTouched?.add(op.op === 'add' ? op.doc.id : op.id);
    const done = this.enqueue(async () => {
      await this.log?.append(op);
      this.maybeCompact();
    });
    return done;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work);
    // The queue survives a failed step; the failure is kept for diagnostics.
    this.queue = run.catch((error: unknown) => {
      this.lastError = error;
    });
    return run;
  }

  private maybeCompact(): void {
    const log = this.log;
    const limit = this.options.compactAfter ?? 500;
    if (!log || this.compactionQueued || (log.count < limit && log.bytes < 16 * limit * 1024)) return;
    this.compactionQueued = true;
    void this.enqueue(() => this.writeGeneration()).catch(() => undefined);
  }

  private startRebuild(reason: RebuildReason): void {
    this.mem = new MemoryIndex();
    void this.log?.close().catch(() => undefined);
    this.log = null;
    this.status_ = { state: 'rebuilding', docs: 0, reason };
    this.rebuildTouched = new Set();
    void this.enqueue(() => this.rebuild()).catch(() => undefined);
  }

  /** Yields to the event loop once the current slice of work has run SLICE_MS. */
  private pauser(): Pause {
    let sliceStart = performance.now();
    return () => {
      if (performance.now() - sliceStart < SLICE_MS) return undefined;
      return yieldToEvents().then(() => {
        sliceStart = performance.now();
      });
    };
  }

  private async rebuild(): Promise<void> {
    try {
      const pause = this.pauser();
      for await (const doc of this.options.allDocs()) {
        if (this.closed) return;
        if (!this.rebuildTouched?.has(doc.id)) this.mem.add(doc);
        await pause();
      }
      if (!this.closed) await this.writeGeneration();
    } finally {
      this.rebuildTouched = null;
      this.status_.state = 'ready';
    }
  }

  /**
   * Folds memory into a new segment, in slices, and starts an empty log. Memory then moves
   * to the new segment, with the changes made meanwhile applied again on top.
   */
  private async writeGeneration(): Promise<void> {
    this.compactionQueued = false;
    const pause = this.pauser();
    const meanwhile: ChangeOp[] = [];
    this.opsDuringCompaction = meanwhile;
    try {
      const segment = await this.mem.snapshot(pause);
      const bytes = await encodeSegment(segment, pause);
      const generation = this.generation + 1;
      await this.folder.writeGeneration(generation, bytes);
      const { log } = await ChangeLog.open(this.folder.logPath(generation));
      await this.log?.close();
      this.log = log;
      this.generation = generation;
      await this.folder.removeAllBut(generation);
      const fresh = new MemoryIndex(decodeSegment(bytes, segment));
      for (const op of meanwhile) this.apply(op, fresh);
      this.mem = fresh;
    } finally {
      this.opsDuringCompaction = null;
    }
  }
}
