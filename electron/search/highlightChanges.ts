import type { Entity, Highlight } from '../../shared/model';
import type { SearchDoc } from '../../shared/search';
import type { RecordChange } from '../store/shardedRecords';
import type { NotebookStore } from '../store/notebookStore';
import { highlightDoc, sourceDoc, sourceStamp } from './searchDocs';

/** The parts of the index a catch-up on highlight changes uses. */
export interface IndexToUpdate {
  stampOf(id: string): string | undefined | null;
  add(doc: SearchDoc): Promise<void>;
  remove(id: string): Promise<void>;
}

function byGroup(changes: readonly RecordChange[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const { group, id } of changes) {
    const ids = groups.get(group) ?? new Set<string>();
    ids.add(id);
    groups.set(group, ids);
  }
  return groups;
}

/**
 * Brings the index in step after highlights alone changed (notebook.json is as at the last
 * sync): only the changed highlights and their sources are looked at, so a search after a save
 * costs the same at 100,000 sources as at 100. Gives the same documents and stamps as the full
 * comparison (`snapshotNotebook` + `reconcile`) would.
 */
export async function applyHighlightChanges(
  store: NotebookStore,
  index: IndexToUpdate,
  changes: readonly RecordChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const entitiesById = new Map<string, Entity>(store.data.entities.map((e) => [e.id, e]));
  for (const [group, ids] of byGroup(changes)) {
    const records: Highlight[] = await store.highlights.forGroup(group);
    const source = store.sourceById(group);
    const current = new Map(records.map((h) => [h.id, h]));
    for (const id of ids) {
      const highlight = current.get(id);
      if (!highlight) {
        if (index.stampOf(id) !== null) await index.remove(id);
        continue;
      }
      const doc = highlightDoc(highlight, entitiesById, source);
      if (index.stampOf(id) !== doc.stamp) await index.add(doc);
    }
    // The source's document says whether it has highlights; it changes with the first and the last.
    if (source && index.stampOf(source.id) !== sourceStamp(source, records.length > 0))
      await index.add(sourceDoc(source, await store.readText(source), records.length > 0));
  }
}
