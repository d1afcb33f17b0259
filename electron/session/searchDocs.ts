import type { Claim, Entity, Highlight, NoteMeta, Source } from '../../shared/model';
import { docText } from '../../shared/notes/collectCitations';
import type { SearchDoc } from '../../shared/search';
import type { NotebookStore } from '../store/notebookStore';

/** What the index needs to know about the notebook right now: every record's id and stamp. */
export interface NotebookSnapshot {
  stamps: Map<string, string>;
  highlightsById: Map<string, Highlight>;
  sourcesWithHighlights: Set<string>;
}

const sourceStamp = (s: Source, hasHighlights: boolean): string =>
  `${s.updatedAt}|${s.textSha256}|${hasHighlights ? 1 : 0}`;

export async function snapshotNotebook(store: NotebookStore): Promise<NotebookSnapshot> {
  const highlights = await store.highlights.all();
  const highlightsById = new Map(highlights.map((h) => [h.id, h]));
  const sourcesWithHighlights = new Set(highlights.map((h) => h.sourceId));
  const stamps = new Map<string, string>();
  const { sources, entities, claims, notes } = store.data;
  for (const s of sources) stamps.set(s.id, sourceStamp(s, sourcesWithHighlights.has(s.id)));
  for (const h of highlights) stamps.set(h.id, h.updatedAt);
  for (const e of entities) stamps.set(e.id, e.updatedAt);
  for (const c of claims) stamps.set(c.id, c.updatedAt);
  for (const n of notes) if (n.trashedAt === null) stamps.set(n.id, n.updatedAt);
  return { stamps, highlightsById, sourcesWithHighlights };
}

function sourceDoc(s: Source, text: string, hasHighlights: boolean): SearchDoc {
  return {
    id: s.id,
    kind: 'source',
    sourceId: s.id,
    title: s.title,
    fields: { body: text, meta: [s.site, ...s.authors, s.url].filter(Boolean).join(' ') },
    filters: { site: s.site ?? undefined, date: s.publishedAt ?? s.createdAt, tags: s.tags, hasHighlights },
    stamp: sourceStamp(s, hasHighlights),
  };
}

function highlightDoc(h: Highlight, entities: readonly Entity[], source: Source | undefined): SearchDoc {
  const names = entities.filter((e) => h.entityIds.includes(e.id)).flatMap((e) => [e.name, ...e.aliases]);
  return {
    id: h.id,
    kind: 'highlight',
    sourceId: h.sourceId,
    title: h.quote.exact,
    fields: { body: [h.comment, ...h.tags].join(' '), names: names.join(' '), meta: source?.title ?? '' },
    filters: {
      site: source?.site ?? undefined,
      date: source?.publishedAt ?? h.createdAt,
      tags: h.tags,
      entityIds: h.entityIds,
    },
    stamp: h.updatedAt,
  };
}

const entityDoc = (e: Entity): SearchDoc => ({
  id: e.id,
  kind: 'entity',
  title: e.name,
  fields: { names: e.aliases.join(' '), body: e.description },
  filters: { entityIds: [e.id] },
  stamp: e.updatedAt,
});

function claimDoc(c: Claim, entities: readonly Entity[]): SearchDoc {
  const claimant = entities.find((e) => e.id === c.claimantId);
  return {
    id: c.id,
    kind: 'claim',
    title: c.statement,
    fields: {
      names: claimant ? [claimant.name, ...claimant.aliases].join(' ') : '',
      body: c.evidence.map((e) => e.note).join(' '),
    },
    filters: { entityIds: claimant ? [claimant.id] : [] },
    stamp: c.updatedAt,
  };
}

async function noteDoc(store: NotebookStore, n: NoteMeta): Promise<SearchDoc> {
  const body = await store.notes.readBody(n.id).catch(() => null);
  return {
    id: n.id,
    kind: 'note',
    title: n.title,
    fields: { body: body ? docText(body.doc) : '' },
    filters: { date: n.updatedAt },
    stamp: n.updatedAt,
  };
}

/** The search document for one record id, or null when the notebook no longer has it. */
export async function loadSearchDoc(
  store: NotebookStore,
  snapshot: NotebookSnapshot,
  id: string,
): Promise<SearchDoc | null> {
  const { entities, claims, notes } = store.data;
  const source = store.sourceById(id);
  if (source) return sourceDoc(source, await store.readText(source), snapshot.sourcesWithHighlights.has(id));
  const highlight = snapshot.highlightsById.get(id);
  if (highlight) return highlightDoc(highlight, entities, store.sourceById(highlight.sourceId));
  const entity = entities.find((e) => e.id === id);
  if (entity) return entityDoc(entity);
  const claim = claims.find((c) => c.id === id);
  if (claim) return claimDoc(claim, entities);
  const note = notes.find((n) => n.id === id && n.trashedAt === null);
  return note ? noteDoc(store, note) : null;
}

/** Every search document of the notebook, for a full rebuild. */
export async function* allSearchDocs(store: NotebookStore): AsyncIterable<SearchDoc> {
  const snapshot = await snapshotNotebook(store);
  for (const id of snapshot.stamps.keys()) {
    const doc = await loadSearchDoc(store, snapshot, id);
    if (doc) yield doc;
  }
}
