import type { SearchDoc } from '../../shared/search';

/** The parts of a SearchIndex that reconciling needs. */
export interface Reconcilable {
  ids(): string[];
  /** The stamp stored with a document, null when the index lacks it. */
  stampOf(id: string): string | undefined | null;
  add(doc: SearchDoc): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * Brings an index in line with the notebook: `stamps` maps every document id to its current
 * stamp; documents the index lacks, or holds with another (or no) stamp, are loaded and added,
 * and those the notebook no longer has are removed. Returns the number of changes.
 */
export async function reconcile(
  index: Reconcilable,
  stamps: ReadonlyMap<string, string | undefined>,
  load: (id: string) => Promise<SearchDoc | null>,
): Promise<number> {
  let changes = 0;
  for (const id of index.ids()) {
    if (stamps.has(id)) continue;
    await index.remove(id);
    changes++;
  }
  for (const [id, stamp] of stamps) {
    if (stamp !== undefined && index.stampOf(id) === stamp) continue;
    const doc = await load(id);
    await (doc ? index.add(doc) : index.remove(id));
    changes++;
  }
  return changes;
}
