import { newId } from '../ids';
import type { Claim, Entity, Highlight, Source } from '../model';
import { collectCitations } from '../notes/collectCitations';
import { canonicalJson } from './canonicalJson';
import { remapDocIds } from './rewriteDoc';
import type { NotebookContent, PacketNote } from './selectContent';

export type RecordKind = 'source' | 'highlight' | 'entity' | 'claim' | 'note';
export type KindCounts = Record<'sources' | 'highlights' | 'entities' | 'claims' | 'notes', number>;

/** Same id, different content: both are kept, the incoming one under a new id. */
export interface MergeConflict {
  kind: RecordKind;
  id: string;
  keptAs: string;
  label: string;
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
}

const zero = (): KindCounts => ({ sources: 0, highlights: 0, entities: 0, claims: 0, notes: 0 });
const PLURAL: Record<RecordKind, keyof KindCounts> = {
  source: 'sources',
  highlight: 'highlights',
  entity: 'entities',
  claim: 'claims',
  note: 'notes',
};

interface KindRules<T> {
  kind: RecordKind;
  id: (r: T) => string;
  updatedAt: (r: T) => string;
  /** What makes two records the same thing; compared after references are renamed. */
  content: (r: T) => string;
  label: (r: T) => string;
  withId: (r: T, id: string) => T;
  /** The record kept when the incoming copy of the same thing is newer. */
  merge: (current: T, incoming: T) => T;
}

function mergeKind<T>(
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
      if (rules.updatedAt(record) > rules.updatedAt(current)) {
        const merged = rules.merge(current, record);
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

const common = <T extends { id: string; updatedAt: string }>() => ({
  id: (r: T) => r.id,
  updatedAt: (r: T) => r.updatedAt,
  withId: (r: T, id: string): T => ({ ...r, id }),
  merge: (_current: T, incoming: T): T => incoming,
});

const mapped = (ids: ReadonlyMap<string, string>, known: ReadonlySet<string>, id: string): string | null =>
  ids.get(id) ?? (known.has(id) ? id : null);

/**
 * Works out how a packet merges into a notebook, without changing either: records are matched by id;
 * a record whose content the notebook already has under another id is linked to it; the same id with
 * different content is a conflict, and the incoming record is kept under a new id. References
 * (highlight → source and entities, claim → evidence, note → citations) follow the renames. Merging
 * the same packet a second time therefore finds everything already there and changes nothing.
 */
export function planMerge(existing: NotebookContent, incoming: NotebookContent): MergePlan {
  const plan: MergePlan = {
    add: { sources: [], highlights: [], entities: [], claims: [], notes: [] },
    update: { sources: [], highlights: [], entities: [], claims: [], notes: [] },
    added: zero(),
    updated: zero(),
    linked: zero(),
    unchangedCount: 0,
    conflicts: [],
  };
  const entityIds = new Map<string, string>();
  const sourceIds = new Map<string, string>();
  const highlightIds = new Map<string, string>();
  const knownEntities = new Set(existing.entities.map((e) => e.id));
  const knownHighlights = new Set(existing.highlights.map((h) => h.id));

  const entities = mergeKind<Entity>(
    plan,
    {
      ...common<Entity>(),
      kind: 'entity',
      content: (e) => `${e.type}|${e.name.trim().toLocaleLowerCase()}`,
      label: (e) => e.name,
    },
    existing.entities,
    incoming.entities,
    entityIds,
  );

  const sources = mergeKind<Source>(
    plan,
    {
      ...common<Source>(),
      kind: 'source',
      content: (s) => s.textSha256,
      label: (s) => s.title,
      // The notebook keeps its own stored files and near-duplicate links; the newer metadata wins.
      merge: (current, incoming) => ({
        ...incoming,
        original: current.original,
        extractionSha256: current.extractionSha256,
        similar: current.similar,
      }),
    },
    existing.sources,
    incoming.sources,
    sourceIds,
  );
  // Near-duplicate links follow the renames; links to sources outside the packet are dropped.
  sources.add = sources.add.map((s) => ({
    ...s,
    similar: s.similar.flatMap((x) => {
      const to = sourceIds.get(x.sourceId);
      return to && to !== s.id ? [{ ...x, sourceId: to }] : [];
    }),
  }));

  const remapHighlight = (h: Highlight): Highlight => ({
    ...h,
    sourceId: sourceIds.get(h.sourceId) ?? h.sourceId,
    entityIds: [...new Set(h.entityIds.flatMap((id) => mapped(entityIds, knownEntities, id) ?? []))],
  });
  const highlights = mergeKind<Highlight>(
    plan,
    {
      ...common<Highlight>(),
      kind: 'highlight',
      content: (h) => `${h.sourceId}|${h.position.start}|${h.position.end}|${h.quote.exact}`,
      label: (h) => h.quote.exact.slice(0, 80),
    },
    existing.highlights,
    incoming.highlights.map(remapHighlight),
    highlightIds,
  );

  const remapClaim = (c: Claim): Claim => ({
    ...c,
    claimantId: c.claimantId ? mapped(entityIds, knownEntities, c.claimantId) : null,
    evidence: c.evidence.flatMap((e) => {
      const id = mapped(highlightIds, knownHighlights, e.highlightId);
      return id ? [{ ...e, highlightId: id }] : [];
    }),
  });
  const claims = mergeKind<Claim>(
    plan,
    {
      ...common<Claim>(),
      kind: 'claim',
      content: (c) => `${c.statement.trim().toLocaleLowerCase()}|${c.claimantId ?? ''}`,
      label: (c) => c.statement.slice(0, 80),
    },
    existing.claims,
    incoming.claims.map(remapClaim),
    new Map(),
  );

  const remapNote = (n: PacketNote): PacketNote => {
    const doc = remapDocIds(n.doc, sourceIds, highlightIds);
    const citations = collectCitations(doc);
    const meta = {
      ...n.meta,
      citedHighlightIds: [...new Set(citations.flatMap((c) => (c.highlightId ? [c.highlightId] : [])))],
      citedSourceIds: [...new Set(citations.map((c) => c.sourceId))],
    };
    return { meta, doc };
  };
  const notes = mergeKind<PacketNote>(
    plan,
    {
      kind: 'note',
      id: (n) => n.meta.id,
      updatedAt: (n) => n.meta.updatedAt,
      content: (n) => `${n.meta.title}|${canonicalJson(n.doc)}`,
      label: (n) => n.meta.title,
      withId: (n, id) => ({ ...n, meta: { ...n.meta, id } }),
      merge: (_current, incoming) => incoming,
    },
    existing.notes,
    incoming.notes.map(remapNote),
    new Map(),
  );

  plan.add = {
    entities: entities.add,
    sources: sources.add,
    highlights: highlights.add,
    claims: claims.add,
    notes: notes.add,
  };
  plan.update = {
    entities: entities.update,
    sources: sources.update,
    highlights: highlights.update,
    claims: claims.update,
    notes: notes.update,
  };
  return plan;
}
