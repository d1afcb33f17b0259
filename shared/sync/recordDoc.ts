// Records inside a Yjs document: one Y.Map per kind, from record id to a Y.Array of changes
// (docs/sync.md, "A record"). Values are resolved by recordLog, the one place that decides.
import * as Y from 'yjs';
import {
  diffRecord,
  isChange,
  recordHistory,
  resolveRecord,
  type Change,
  type HistoryEntry,
} from './recordLog';

export type Keyed = { id: string } & Record<string, unknown>;

function changesOf(log: unknown): Change[] {
  return log instanceof Y.Array ? (log.toArray() as unknown[]).filter(isChange) : [];
}

/** The records of one kind as the document says (deleted ones left out), by id. */
export function readRecords(doc: Y.Doc, kind: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  doc.getMap(kind).forEach((log, id) => {
    const record = resolveRecord(changesOf(log));
    if (record) out.set(id, { ...record, id });
  });
  return out;
}

/** The ids the document has ever held for a kind, deleted ones included. */
export function knownIds(doc: Y.Doc, kind: string): string[] {
  return [...doc.getMap(kind).keys()];
}

/** Earlier values of a record's fields with who set them and when, newest first. */
export function historyOf(doc: Y.Doc, kind: string, id: string): HistoryEntry[] {
  return recordHistory(changesOf(doc.getMap(kind).get(id)));
}

/** The raw change log of one record (for "changed last by"). */
export function changesOfRecord(doc: Y.Doc, kind: string, id: string): Change[] {
  return changesOf(doc.getMap(kind).get(id));
}

/**
 * Appends, as `by` at `at`, the changes that make the document's records of `kind` equal `local`.
 * A record missing from `local` is deleted only when `wasHere(id)`: one that arrived but was never
 * written to the files is not a deletion. Returns how many changes were written.
 */
export function writeRecords(
  doc: Y.Doc,
  kind: string,
  local: readonly Keyed[],
  by: string,
  at: string,
  wasHere: (id: string) => boolean = () => true,
): number {
  const map = doc.getMap<Y.Array<Change>>(kind);
  const shared = readRecords(doc, kind);
  const localIds = new Set(local.map((r) => r.id));
  let written = 0;
  doc.transact(() => {
    const push = (id: string, changes: Change[]) => {
      if (changes.length === 0) return;
      let log = map.get(id);
      if (!(log instanceof Y.Array)) {
        log = new Y.Array<Change>();
        map.set(id, log);
      }
      log.push(changes);
      written += changes.length;
    };
    for (const record of local) push(record.id, diffRecord(shared.get(record.id) ?? null, record, by, at));
    for (const [id, record] of shared)
      if (!localIds.has(id) && wasHere(id)) push(id, diffRecord(record, null, by, at));
  }, 'local');
  return written;
}

/** Resolves once `doc` holds the record (waits on the document's own updates, never on time). */
export function whenRecord(doc: Y.Doc, kind: string, id: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!readRecords(doc, kind).has(id)) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
    check();
  });
}
