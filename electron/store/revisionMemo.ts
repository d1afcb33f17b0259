import type { NotebookStore } from './notebookStore';

/**
 * Names an open notebook's state: moves with every change to notebook.json (`mutate`), to the
 * highlights (`put`, `remove`) and to the similarity signatures (`add`, `remove`), the only ways
 * its data changes. Equal revisions of one store mean equal data.
 */
export function revisionOf(store: {
  changeCount: number;
  highlights: { changeCount: number };
  similarity: { changeCount: number };
}): string {
  return `${store.changeCount}.${store.highlights.changeCount}.${store.similarity.changeCount}`;
}

/**
 * A value derived from a whole notebook (the claims board's weighing, the timeline's dated items),
 * computed once per revision: asked again before anything changed, the kept one is returned; after
 * any change it is computed afresh. Nothing else invalidates it, so a cache cannot go stale through
 * a forgotten call. A failed computation is not kept.
 */
export function memoPerRevision<T>(compute: (store: NotebookStore) => Promise<T>) {
  const kept = new WeakMap<NotebookStore, { revision: string; value: Promise<T> }>();
  return (store: NotebookStore): Promise<T> => {
    const revision = revisionOf(store);
    const found = kept.get(store);
    if (found?.revision === revision) return found.value;
    const value = compute(store);
    kept.set(store, { revision, value });
    value.catch(() => {
      if (kept.get(store)?.value === value) kept.delete(store);
    });
    return value;
  };
}
