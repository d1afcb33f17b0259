import type { Claim, Entity, Highlight, NoteMeta, Source } from '../../shared/model';
import { docText } from '../../shared/notes/collectCitations';
import type { DocMeta, SearchDoc } from '../../shared/search';
import { shardKeyOf } from '../store/shardedRecords';
import type { NotebookStore } from '../store/notebookStore';

/** What the index needs to know about the notebook right now: every record's id and stamp. */
export interface NotebookSnapshot {
  /** Current stamps of every record, except the indexed highlights `keep` vouches for. */
  stamps: Map<string, string>;
  keep: (meta: DocMeta) => boolean;
  entitiesById: Map<string, Entity>;
  /** The highlights read for this snapshot (those of the shards that had to be looked at). */
  highlightsById: Map<string, Highlight>;
  sourcesWithHighlights: Set<string>;
}

/** What the snapshot may reuse from the index instead of reading highlight shards again. */
export interface IndexedDocs {
  metas(): Iterable<Pick<DocMeta, 'id' | 'kind' | 'sourceId' | 'filters' | 'stamp'>>;
}

/** Which highlight shards to read: 'all', or only these keys (the rest are taken from the index). */
export type ShardsToRead = 'all' | ReadonlySet<string>;

export const sourceStamp = (s: Source, hasHighlights: boolean): string =>
  `${s.updatedAt}|${s.textSha256}|${hasHighlights ? 1 : 0}`;

/**
 * A highlight's document also carries its source's title and its entities' names, so its
 * stamp changes when they do. The highlight's own time comes first: the index keeps it, which
 * lets a stored stamp be checked without reading the highlight again.
 */
function highlightStamp(
  highlightUpdatedAt: string,
  source: Source | undefined,
  entityIds: readonly string[],
  entitiesById: ReadonlyMap<string, Entity>,
): string {
  const names = entityIds.map((id) => entitiesById.get(id)?.updatedAt ?? '-').join(',');
  return `${highlightUpdatedAt}|${source?.updatedAt ?? '-'}|${names}`;
}

const claimStamp = (c: Claim, entitiesById: ReadonlyMap<string, Entity>): string =>
  `${c.updatedAt}|${c.claimantId ? (entitiesById.get(c.claimantId)?.updatedAt ?? '-') : ''}`;

/**
 * Stamps of every record. Highlights live in 256 shard files; only the shards in `read` are
 * read, and for the others the index's own entries stand in, unless their source or entities
 * changed since, in which case their shard is read too.
 */
export async function snapshotNotebook(
  store: NotebookStore,
  read: ShardsToRead = 'all',
  indexed?: IndexedDocs,
): Promise<NotebookSnapshot> {
  const { sources, entities, claims, notes } = store.data;
  const entitiesById = new Map(entities.map((e) => [e.id, e]));
  const stamps = new Map<string, string>();
  const sourcesWithHighlights = new Set<string>();
  const kept =
    read === 'all' || !indexed ? null : keptHighlights(store, indexed, entitiesById, new Set(read));
  const highlights = kept ? await store.highlights.inShards(kept.read) : await store.highlights.all();
  const highlightsById = new Map(highlights.map((h) => [h.id, h]));
  // Entries of a shard found out of date after they were looked at are read from the shard instead.
  // Hashing every source id for its shard costs ~50 ms at 10,000, so it is skipped when none is read.
  const unread = (sourceId: string) => !kept?.read.size || !kept.read.has(shardKeyOf(sourceId));
  const keep = kept
    ? (meta: DocMeta) => meta.kind === 'highlight' && !!meta.sourceId && unread(meta.sourceId)
    : () => false;
  for (const sourceId of kept?.sources ?? []) if (unread(sourceId)) sourcesWithHighlights.add(sourceId);
  for (const h of highlights) {
    sourcesWithHighlights.add(h.sourceId);
    stamps.set(h.id, highlightStamp(h.updatedAt, store.sourceById(h.sourceId), h.entityIds, entitiesById));
  }
  for (const s of sources) stamps.set(s.id, sourceStamp(s, sourcesWithHighlights.has(s.id)));
  for (const e of entities) stamps.set(e.id, e.updatedAt);
  for (const c of claims) stamps.set(c.id, claimStamp(c, entitiesById));
  for (const n of notes) if (n.trashedAt === null) stamps.set(n.id, n.updatedAt);
  return { stamps, keep, entitiesById, highlightsById, sourcesWithHighlights };
}

/**
 * Looks at the indexed highlights outside the shards to read: their sources, and the shards
 * whose entries no longer match their source or entities (added to `read`).
 */
function keptHighlights(
  store: NotebookStore,
  indexed: IndexedDocs,
  entitiesById: ReadonlyMap<string, Entity>,
  read: Set<string>,
): { sources: Set<string>; read: Set<string> } {
  const sources = new Set<string>();
  for (const meta of indexed.metas()) {
    if (meta.kind !== 'highlight' || !meta.sourceId) continue;
    if (read.size > 0 && read.has(shardKeyOf(meta.sourceId))) continue;
    const { stamp } = meta;
    if (
      stamp !== undefined &&
      stampHolds(stamp, store.sourceById(meta.sourceId), meta.filters.entityIds, entitiesById)
    )
      sources.add(meta.sourceId);
    else read.add(shardKeyOf(meta.sourceId));
  }
  return { sources, read };
}

/**
 * Whether a stored highlight stamp still matches its source and entities; the same test as
 * comparing with `highlightStamp`, without building a string for each of 50,000 highlights.
 */
function stampHolds(
  stamp: string,
  source: Source | undefined,
  entityIds: readonly string[] | undefined,
  entitiesById: ReadonlyMap<string, Entity>,
): boolean {
  const own = stamp.indexOf('|');
  if (own < 0) return false;
  const sourcePart = source?.updatedAt ?? '-';
  let at = own + 1;
  if (!stamp.startsWith(sourcePart, at) || stamp.charCodeAt(at + sourcePart.length) !== 124) return false;
  at += sourcePart.length + 1;
  if (!entityIds?.length) return at === stamp.length;
  return stamp.slice(at) === entityIds.map((id) => entitiesById.get(id)?.updatedAt ?? '-').join(',');
}

export function sourceDoc(s: Source, text: string, hasHighlights: boolean): SearchDoc {
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

export function highlightDoc(
  h: Highlight,
  entitiesById: ReadonlyMap<string, Entity>,
  source: Source | undefined,
): SearchDoc {
  const tagged = h.entityIds.map((id) => entitiesById.get(id)).filter((e) => e !== undefined);
  const names = tagged.flatMap((e) => [e.name, ...e.aliases]);
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
    stamp: highlightStamp(h.updatedAt, source, h.entityIds, entitiesById),
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

function claimDoc(c: Claim, entitiesById: ReadonlyMap<string, Entity>): SearchDoc {
  const claimant = c.claimantId ? entitiesById.get(c.claimantId) : undefined;
  return {
    id: c.id,
    kind: 'claim',
    title: c.statement,
    fields: {
      names: claimant ? [claimant.name, ...claimant.aliases].join(' ') : '',
      body: c.evidence.map((e) => e.note).join(' '),
    },
    filters: { entityIds: claimant ? [claimant.id] : [] },
    stamp: claimStamp(c, entitiesById),
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
  const { claims, notes } = store.data;
  const source = store.sourceById(id);
  if (source) return sourceDoc(source, await store.readText(source), snapshot.sourcesWithHighlights.has(id));
  const highlight = snapshot.highlightsById.get(id);
  if (highlight) return highlightDoc(highlight, snapshot.entitiesById, store.sourceById(highlight.sourceId));
  const entity = snapshot.entitiesById.get(id);
  if (entity) return entityDoc(entity);
  const claim = claims.find((c) => c.id === id);
  if (claim) return claimDoc(claim, snapshot.entitiesById);
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
