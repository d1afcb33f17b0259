import { join } from 'node:path';
import type { SearchFilters, SearchResult } from '../../shared/search';
import { SearchIndex } from '../search/SearchIndex';
import type { NotebookStore } from '../store/notebookStore';
import { allSearchDocs, loadSearchDoc, snapshotNotebook } from './searchDocs';

/**
 * Keeps the notebook's search index in step with its records. Changes only
 * mark the index dirty; the next search (or the idle sync) catches up by
 * comparing record stamps, so no code path can forget to update the index.
 */
export class SearchSync {
  private readonly index: Promise<SearchIndex>;
  private dirty = true;
  private syncing: Promise<void> | null = null;

  constructor(private readonly store: NotebookStore) {
    this.index = SearchIndex.open({ dir: join(store.dir, 'search'), allDocs: () => allSearchDocs(store) });
    // Opening must not wait for this; a failure shows up on the first search instead.
    this.index.catch(() => undefined);
  }

  markDirty(): void {
    this.dirty = true;
  }

  private async sync(): Promise<void> {
    if (!this.dirty) return;
    this.syncing ??= (async () => {
      try {
        this.dirty = false;
        const index = await this.index;
        const snapshot = await snapshotNotebook(this.store);
        await index.reconcile(snapshot.stamps, (id) => loadSearchDoc(this.store, snapshot, id));
      } finally {
        this.syncing = null;
      }
    })();
    await this.syncing;
    if (this.dirty) await this.sync();
  }

  async search(query: string, filters: SearchFilters, limit: number): Promise<SearchResult> {
    await this.sync();
    return (await this.index).search(query, filters, limit);
  }

  async close(): Promise<void> {
    await this.syncing?.catch(() => undefined);
    await (await this.index.catch(() => null))?.close();
  }
}
