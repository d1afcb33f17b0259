import { newId } from '../ids';
import { guardedMerge, type FieldChange, type GuardedMerge } from './guardedMerge';
import type { NotebookContent } from './selectContent';

export type RecordKind = 'source' | 'highlight' | 'entity' | 'claim' | 'note' | 'question' | 'rating';
export type KindCounts = Record<
  'sources' | 'highlights' | 'entities' | 'claims' | 'notes' | 'questions' | 'ratings',
  number
>;

/** Same id, different content: both are kept, the incoming one under a new id. */
export interface MergeConflict {
  kind: RecordKind;
  id: string;
  keptAs: string;
  label: string;
}

/** Same record on both sides, with fields that differ: what the import did (or would do) with each. */
export interface RecordChange {
  kind: RecordKind;
  id: string;
  label: string;
  fields: FieldChange[];
}

export interface MergePlan {
  add: NotebookContent;
  update: NotebookContent;
  added: KindCounts;
  updated: KindCounts;
  /** Incoming records whose content the notebook already had under another id. */
  linked: KindCounts;
  unchangedCount: number;
  conflicts: MergeConflict[];
  /** Records on both sides whose fields differ (see guardedMerge): never overwritten silently. */
  changes: RecordChange[];
}

export const zeroCounts = (): KindCounts => ({
  sources: 0,
  highlights: 0,
  entities: 0,
  claims: 0,
  notes: 0,
  questions: 0,
  ratings: 0,
});
const PLURAL: Record<RecordKind, keyof KindCounts> = {
  source: 'sources',
  highlight: 'highlights',
  entity: 'entities',
  claim: 'claims',
  note: 'notes',
  question: 'questions',
  rating: 'ratings',
};

export interface KindRules<T> {
  kind: RecordKind;
  id: (r: T) => string;
  updatedAt: (r: T) => string;
  /** What makes two records the same thing; compared after references are renamed. */
  content: (r: T) => string;
  label: (r: T) => string;
  withId: (r: T, id: string) => T;
  /** Merges the packet's copy into the notebook's copy of the same thing, without weakening it. */
  merge: (current: T, incoming: T, incomingNewer: boolean) => GuardedMerge<T>;
}

/**
 * Merges one kind of record into `plan`: same id and content → kept (or replaced by a newer copy);
 * content already present under another id → linked; same id, other content → a conflict, the
 * incoming record kept under a new id. `ids` learns where each incoming id ended up.
 */
export function mergeKind<T>(
  plan: MergePlan,
  rules: KindRules<T>,
  existing: readonly T[],
  incoming: readonly T[],
  ids: Map<string, string>,
): { add: T[]; update: T[] } {
  const byId = new Map(existing.map((r) => [rules.id(r), r]));
  const byContent = new Map<string, T>();
  for (const r of existing) if (!byContent.has(rules.content(r))) byContent.set(rules.content(r), r);
  const add: T[] = [];
  const update: T[] = [];
  const plural = PLURAL[rules.kind];
  for (const record of incoming) {
    const id = rules.id(record);
    const key = rules.content(record);
    const current = byId.get(id);
    if (current && rules.content(current) === key) {
      ids.set(id, id);
      const { merged, fields, changed } = rules.merge(
        current,
        record,
        rules.updatedAt(record) > rules.updatedAt(current),
      );
      if (fields.length > 0) plan.changes.push({ kind: rules.kind, id, label: rules.label(current), fields });
      if (changed) {
        update.push(merged);
        byId.set(id, merged);
        plan.updated[plural]++;
      } else plan.unchangedCount++;
      continue;
    }
    const twin = byContent.get(key);
    if (twin) {
      ids.set(id, rules.id(twin));
      plan.linked[plural]++;
      continue;
    }
    const kept = current ? rules.withId(record, newId()) : record;
    if (current)
      plan.conflicts.push({ kind: rules.kind, id, keptAs: rules.id(kept), label: rules.label(record) });
    ids.set(id, rules.id(kept));
    add.push(kept);
    byId.set(rules.id(kept), kept);
    byContent.set(key, kept);
    plan.added[plural]++;
  }
  return { add, update };
}

/** The rules every record with id and updatedAt shares; `localOnly` fields always stay the notebook's. */
export const common = <T extends { id: string; updatedAt: string }>(localOnly: readonly string[] = []) => ({
  id: (r: T) => r.id,
  updatedAt: (r: T) => r.updatedAt,
  withId: (r: T, id: string): T => ({ ...r, id }),
  merge: (current: T, incoming: T, incomingNewer: boolean) =>
    guardedMerge(current, incoming, { incomingNewer, localOnly }),
});
