import type { DocMeta, SearchDoc } from '../../shared/search';

/** The parts of a SearchIndex that reconciling needs. */
export interface Reconcilable {
  metas(): Iterable<DocMeta>;
  /** The stamp stored with a document, null when the index lacks it. */
  stampOf(id: string): string | undefined | null;
  add(doc: SearchDoc): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * Brings an index in line with the notebook: `stamps` maps document ids to their current
 * stamps; documents the index lacks, or holds with another (or no) stamp, are loaded and added,
 * and those the notebook no longer has are removed. Indexed documents for which `keep` is true
 * are known to be current and are left alone without a stamp. Returns the number of changes.
 */
export async function reconcile(
  index: Reconcilable,
  stamps: ReadonlyMap<string, string | undefined>,
  load: (id: string) => Promise<SearchDoc | null>,
  keep: (meta: DocMeta) => boolean = () => false,
): Promise<number> {
  const gone: string[] = [];
  for (const meta of index.metas()) if (!stamps.has(meta.id) && !keep(meta)) gone.push(meta.id);
  for (const id of gone) await index.remove(id);
  let changes = gone.length;
  for (const [id, stamp] of stamps) {
    if (stamp !== undefined && index.stampOf(id) === stamp) continue;
    const doc = await load(id);
    await (doc ? index.add(doc) : index.remove(id));
    changes++;
  }
  return changes;
}
