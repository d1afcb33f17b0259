import { join } from 'node:path';
import type { SearchFilters, SearchResult } from '../../shared/search';
import { SearchIndex } from './SearchIndex';
import { changedShards, ShardFingerprints } from './shardFingerprints';
import type { ReportProblem } from '../store/backgroundWrites';
import { NotebookStore, type OpenOptions } from '../store/notebookStore';
import { applyHighlightChanges } from './highlightChanges';
import { allSearchDocs, loadSearchDoc, snapshotNotebook, type ShardsToRead } from './searchDocs';
import { tokenizeInWorker } from './tokenizeInWorker';

/**
 * How long a search waits for a rebuild (a new notebook's takes milliseconds) before it answers
 * from what is indexed so far, flagged `rebuilding`, so a big notebook is searchable at once.
 */
const REBUILD_WAIT_MS = 300;

/**
 * How long a search waits for long texts being tokenized in a worker (a pasted book) before it
 * answers without them, flagged incomplete (`rebuilding`); the page shows that and asks again.
 * Short, so a search right after a big import still answers within 100 ms.
 */
const LONG_TEXT_WAIT_MS = 40;

/** True when `promise` settles within `ms`. */
function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref?.();
  });
  const settled = promise.then(
    () => true,
    () => true,
  );
  return Promise.race([settled, late]).finally(() => clearTimeout(timer));
}

/**
 * Opens `search/` in a notebook folder; a rebuild, if needed, reads the notebook once it is open.
 * The index's background failures go to the notebook once it is open (before: to `early`).
 */
function openSearchIndex(
  notebookDir: string,
  store: Promise<NotebookStore>,
  early?: ReportProblem,
): Promise<SearchIndex> {
  let opened: NotebookStore | null = null;
  void store.then(
    (s) => (opened = s),
    () => undefined,
  );
  const index = SearchIndex.open({
    dir: join(notebookDir, 'search'),
    allDocs: async function* () {
      yield* allSearchDocs(await store);
    },
    onProblem: (what, error) => (opened ? opened.reportProblem(what, error) : early?.(what, error)),
    tokenize: tokenizeInWorker,
  });
  // Opening must not wait for this; a failure shows up on the first search instead.
  index.catch(() => undefined);
  return index;
}

/**
 * Keeps the notebook's search index in step with its records. Changes only
 * mark the index dirty; the next search catches up by comparing record stamps,
 * so no code path can forget to update the index.
 *
 * Highlights are the bulk of the records and live in shard files, so a sync reads
 * only the shards that changed: within a session the store counts changes per shard,
 * and across sessions a clean close leaves the shard files' fingerprints beside the index.
 */
export class SearchSync {
  private readonly index: Promise<SearchIndex>;
  private readonly fingerprints: ShardFingerprints;
  private dirty = true;
  private syncing: Promise<boolean> | null = null;
  /** The shard revisions the index reflects; null until the first sync of this session. */
  private seen: Map<string, number> | null = null;
  /** The store's content revision (see SavedDigest) the index reflects; -1 until the first sync. */
  private seenRevision = -1;
  /** The highlight journal's position the index reflects (see ShardedRecords.changeMark). */
  private seenMark = 0;

  constructor(
    private readonly store: NotebookStore,
    index: Promise<SearchIndex> = openSearchIndex(store.dir, Promise.resolve(store)),
  ) {
    this.fingerprints = new ShardFingerprints(join(store.dir, 'search'));
    this.index = index;
  }

  /**
   * Opens a notebook and its index together, so the index's files are read while the
   * notebook is parsed (after the notebook's lock is held).
   */
  static async openWithStore(
    dir: string,
    options: OpenOptions,
  ): Promise<{ store: NotebookStore; search: SearchSync }> {
    let resolveStore: (store: NotebookStore) => void = () => undefined;
    let rejectStore: (error: unknown) => void = () => undefined;
    const storeReady = new Promise<NotebookStore>((resolve, reject) => {
      resolveStore = resolve;
      rejectStore = reject;
    });
    storeReady.catch(() => undefined);
    const opening: { index?: Promise<SearchIndex> } = {};
    try {
      const store = await NotebookStore.open(dir, {
        ...options,
        onLocked: () => {
          opening.index = openSearchIndex(dir, storeReady, options.onProblem);
        },
      });
      resolveStore(store);
      return {
        store,
        search: new SearchSync(store, opening.index ?? openSearchIndex(dir, storeReady, options.onProblem)),
      };
    } catch (error) {
      rejectStore(error);
      await opening.index?.then((index) => index.close()).catch(() => undefined);
      throw error;
    }
  }

  markDirty(): void {
    this.dirty = true;
  }

  private async sync(): Promise<void> {
    if (!this.dirty) return;
    this.syncing ??= this.syncOnce().finally(() => {
      this.syncing = null;
    });
    const caughtUp = await this.syncing;
    if (caughtUp && this.dirty) await this.sync();
  }

  /** One catch-up; false when the index is still being rebuilt (it catches up on a later search). */
  private async syncOnce(): Promise<boolean> {
    this.dirty = false;
    const index = await this.index;
    if (!(await settlesWithin(index.whenReady(), REBUILD_WAIT_MS))) {
      this.dirty = true;
      return false;
    }
    const revisions = this.store.highlights.revisionsNow();
    const revision = this.store.digest.currentRevision;
    const mark = this.store.highlights.changeMark();
    // Only highlights changed since the last sync: catch up with those alone.
    const changes =
      this.seen && revision === this.seenRevision && this.store.highlights.changesSince(this.seenMark);
    if (changes) await applyHighlightChanges(this.store, index, changes);
    else {
      const read = await this.shardsToRead(index, revisions);
      if (read !== 'none') {
        const snapshot = await snapshotNotebook(this.store, read, index);
        await index.reconcile(
          snapshot.stamps,
          (id) => loadSearchDoc(this.store, snapshot, id),
          snapshot.keep,
        );
      }
    }
    this.seen = revisions;
    this.seenRevision = revision;
    this.seenMark = mark;
    return true;
  }

  /**
   * Which shards to read for this sync, or 'none' when nothing can differ: on the first sync after
   * a clean close that vouched for notebook.json as it still is, with no shard file changed since,
   * the index is exactly in step and even the stamps need no comparing.
   */
  private async shardsToRead(
    index: SearchIndex,
    revisions: ReadonlyMap<string, number>,
  ): Promise<ShardsToRead | 'none'> {
    const seen = this.seen;
    if (seen) return new Set([...revisions].filter(([key, r]) => seen.get(key) !== r).map(([key]) => key));
    const before = await this.fingerprints.take();
    if (!before || !index.openedWhole()) return 'all';
    const read = changedShards(before.shards, await this.store.highlights.fingerprints());
    for (const key of revisions.keys()) read.add(key);
    const opened = this.store.digest.unchangedSinceOpen();
    const notebook = opened === null ? null : await this.store.sourceShards.withFingerprints(opened);
    return read.size === 0 && notebook !== null && notebook === before.notebookSha256 ? 'none' : read;
  }

  async search(query: string, filters: SearchFilters, limit: number): Promise<SearchResult> {
    await this.sync();
    const index = await this.index;
    await settlesWithin(index.caughtUp(), LONG_TEXT_WAIT_MS);
    return index.search(query, filters, limit);
  }

  async close(): Promise<void> {
    await this.syncing?.catch(() => undefined);
    const index = await this.index.catch(() => null);
    if (!index) return;
    await this.vouch(index).catch(async (error: unknown) => {
      this.store.reportProblem('save the search index fingerprints', error);
      await this.fingerprints
        .forget()
        .catch((e: unknown) => this.store.reportProblem('remove the outdated search fingerprints', e));
    });
    await index.close();
  }

  /**
   * Leaves the shard fingerprints for the next session, once the index provably reflects
   * every shard file, with notebook.json's digest when it provably reflects that too (a change
   * that did not pass through a handler, e.g. a background one, is caught up with first).
   * Without a sync this session the earlier file (if any) still holds.
   */
  private async vouch(index: SearchIndex): Promise<void> {
    if (this.seen === null) return;
    await this.sync();
    let saved = await this.store.digest.current();
    if (saved.revision !== this.seenRevision) {
      this.markDirty();
      await this.sync();
      saved = await this.store.digest.current();
    }
    await this.store.highlights.idle();
    const seen = this.seen;
    const now = this.store.highlights.revisionsNow();
    if (now.size !== seen.size || [...now].some(([key, r]) => seen.get(key) !== r)) return;
    await index.flush();
    const notebook =
      saved.revision === this.seenRevision
        ? await this.store.sourceShards.withFingerprints(saved.sha256)
        : undefined;
    await this.fingerprints.save(await this.store.highlights.fingerprints(), notebook);
  }
}
