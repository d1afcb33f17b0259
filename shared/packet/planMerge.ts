import type { Claim, Entity, Highlight, Source } from '../model';
import { collectCitations } from '../notes/collectCitations';
import { canonicalJson } from './canonicalJson';
import { remapDocIds } from './rewriteDoc';
import type { NotebookContent, PacketNote } from './selectContent';
import { guardedMerge } from './guardedMerge';
import { common, mergeKind, zeroCounts, type MergePlan } from './mergeKind';
import { mergeQuestions, mergeRatings } from './mergeWeighing';

export type { KindCounts, MergeConflict, MergePlan, RecordChange, RecordKind } from './mergeKind';

const mapped = (ids: ReadonlyMap<string, string>, known: ReadonlySet<string>, id: string): string | null =>
  ids.get(id) ?? (known.has(id) ? id : null);

/**
 * Works out how a packet merges into a notebook, without changing either: records are matched by id;
 * a record whose content the notebook already has under another id is linked to it; the same id with
 * different content is a conflict, and the incoming record is kept under a new id. References
 * (highlight → source and entities, claim → evidence, note → citations) follow the renames. Merging
 * the same packet a second time therefore finds everything already there and changes nothing.
 */
// Long because each record kind is matched in dependency order, sharing the rename maps.
export function planMerge(existing: NotebookContent, incoming: NotebookContent): MergePlan {
  const plan: MergePlan = {
    add: { sources: [], highlights: [], entities: [], claims: [], notes: [] },
    update: { sources: [], highlights: [], entities: [], claims: [], notes: [] },
    added: zeroCounts(),
    updated: zeroCounts(),
    linked: zeroCounts(),
    unchangedCount: 0,
    conflicts: [],
    changes: [],
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
      // The notebook keeps its own stored files, near-duplicate links and what its importer measured.
      ...common<Source>(['original', 'extractionSha256', 'similar', 'importer', 'capturedAt', 'wordCount']),
      kind: 'source',
      content: (s) => s.textSha256,
      label: (s) => s.title,
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
  const claimIds = new Map<string, string>();
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
    claimIds,
  );
  const knownClaims = new Set(existing.claims.map((c) => c.id));
  const questions = mergeQuestions(plan, existing.questions ?? [], incoming.questions ?? [], (id) =>
    mapped(claimIds, knownClaims, id),
  );
  const sourcesById = new Map<string, Source>(existing.sources.map((s) => [s.id, s]));
  for (const s of incoming.sources) {
    const id = sourceIds.get(s.id) ?? s.id;
    if (!sourcesById.has(id)) sourcesById.set(id, s);
  }
  const ratings = mergeRatings(
    plan,
    existing.ratings ?? { sources: [], outlets: [] },
    incoming.ratings ?? { sources: [], outlets: [] },
    (id) => sourceIds.get(id) ?? id,
    sourcesById,
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
      // Same title and body (the content key): only metadata can differ. Whether a note is in the
      // trash, and what it cites (derived from the body), stay the notebook's.
      merge: (current, incoming, incomingNewer) => {
        const meta = guardedMerge(current.meta, incoming.meta, {
          incomingNewer,
          localOnly: ['trashedAt', 'citedHighlightIds', 'citedSourceIds', 'wordCount'],
        });
        return { ...meta, merged: { ...current, meta: meta.merged } };
      },
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
    questions: questions.add,
    ratings,
  };
  plan.update = {
    entities: entities.update,
    sources: sources.update,
    highlights: highlights.update,
    claims: claims.update,
    notes: notes.update,
    questions: questions.update,
  };
  return plan;
}
