import { groupByIndependence, type IndependenceGroup } from '../../shared/claims/independence';
import { ratingLookup, suggestedRating, type EffectiveRating } from '../../shared/claims/reliability';
import type { Claim, Highlight, Reliability, Source } from '../../shared/model';
import type { NotebookStore } from '../store/notebookStore';
import { sameKey, type Key } from '../../shared/sameKey';

/**
 * What the board's weighing reads beyond the claims themselves: the evidence's highlights and
 * sources (with the sources linked to them), independence groups, ratings and the ratings
 * suggested for spun copies. The costly part of a board (thousands of highlights read, grouping).
 * A kept world's sources are current in what the weighing reads (sourceKey), not in other fields.
 */
export interface EvidenceWorld {
  highlights: Map<string, Highlight>;
  sources: Map<string, Source>;
  groups: IndependenceGroup[];
  lookup: (sourceId: string, site: string | null) => EffectiveRating;
  suggestions: Map<string, Reliability>;
}

/** What of a source the weighing reads (copied, so a source changed in place is still seen as changed). */
const sourceKey = (s: Source): Key => [
  s.site,
  s.title,
  s.publishedAt,
  s.capturedAt,
  ...s.similar.flatMap((l) => [l.sourceId, l.score]),
];

interface Kept {
  world: Promise<EvidenceWorld>;
  evidenceIds: string[];
  highlightMark: number;
  similarity: number;
  ratings: string;
  sourceKeys: Map<string, Key>;
}

const keptFor = new WeakMap<NotebookStore, Kept>();

const evidenceIdsOf = (claims: readonly Claim[]) =>
  claims.flatMap((c) => c.evidence.map((e) => e.highlightId));

/**
 * Whether a kept world still holds for the notebook as it is now: the same evidence, none of its
 * highlights put or removed since, the same similarity signatures and ratings, and each of its
 * sources unchanged in what the weighing reads. Anything unsure (the highlight journal moved on
 * too far) says no.
 */
function stillHolds(kept: Kept, store: NotebookStore, evidenceIds: readonly string[]): boolean {
  if (kept.similarity !== store.similarity.changeCount) return false;
  if (kept.ratings !== JSON.stringify(store.ratings())) return false;
  if (!sameKey(kept.evidenceIds, evidenceIds)) return false;
  const changes = store.highlights.changesSince(kept.highlightMark);
  if (!changes) return false;
  if (changes.length > 0) {
    const cited = new Set(evidenceIds);
    if (changes.some((c) => cited.has(c.id))) return false;
  }
  for (const [id, key] of kept.sourceKeys) {
    const now = store.sourceById(id);
    if (!now || !sameKey(key, sourceKey(now))) return false;
  }
  return true;
}

/**
 * The evidence world for the notebook's claims now: the kept one while it still holds (a claim
 * reworded, a status set, a question regrouped or a note written leave it as it was), else built
 * afresh. Claims and questions are not part of it: the board weighs them against it each time.
 */
export function evidenceWorld(store: NotebookStore): Promise<EvidenceWorld> {
  const evidenceIds = evidenceIdsOf(store.list('claims'));
  const kept = keptFor.get(store);
  if (kept && stillHolds(kept, store, evidenceIds)) return kept.world;
  const next: Kept = {
    world: Promise.resolve(null as never),
    evidenceIds,
    // Taken before reading: a highlight changed while this builds is seen by the next check.
    highlightMark: store.highlights.changeMark(),
    similarity: store.similarity.changeCount,
    ratings: JSON.stringify(store.ratings()),
    sourceKeys: new Map(),
  };
  next.world = buildWorld(store, evidenceIds, next.sourceKeys);
  keptFor.set(store, next);
  next.world.catch(() => {
    if (keptFor.get(store) === next) keptFor.delete(store);
  });
  return next.world;
}

/** The world built from scratch, keeping nothing: the one computation (the kept one is this, reused). */
export async function buildWorld(
  store: NotebookStore,
  evidenceIds: readonly string[] = evidenceIdsOf(store.list('claims')),
  sourceKeys = new Map<string, Key>(),
): Promise<EvidenceWorld> {
  const highlights = new Map<string, Highlight>();
  for (const id of new Set(evidenceIds)) {
    const h = await store.highlights.findById(id);
    if (h) highlights.set(id, h);
  }
  const sources = new Map<string, Source>();
  for (const h of highlights.values()) {
    const s = store.sourceById(h.sourceId);
    if (s) sources.set(s.id, s);
  }
  // Linked sources without evidence join the grouping too: two copies of one wire story are one
  // voice even when the wire's own text is not cited, and a copy is known as a copy.
  const neighbours = new Map(sources);
  for (const s of sources.values())
    for (const link of s.similar) {
      const other = store.sourceById(link.sourceId);
      if (other) neighbours.set(other.id, other);
    }
  for (const s of neighbours.values()) sourceKeys.set(s.id, sourceKey(s));
  const groups = groupByIndependence([...neighbours.values()]);
  const lookup = ratingLookup(store.ratings());
  const suggestions = await spunSuggestions(store, groups, (id) => lookup(id, sources.get(id)?.site ?? null));
  return { highlights, sources: neighbours, groups, lookup, suggestions };
}

/** Copies the similarity store calls synonym-spun versions of their group's original. */
async function spunSuggestions(
  store: NotebookStore,
  groups: readonly IndependenceGroup[],
  rate: (id: string) => EffectiveRating,
): Promise<Map<string, Reliability>> {
  const out = new Map<string, Reliability>();
  for (const g of groups)
    for (const m of g.members) {
      if (m.relation !== 'rewrite' || rate(m.sourceId).from !== 'none') continue;
      const likeness = await store.similarity.likeness(m.sourceId, g.originalId);
      const suggestion = suggestedRating(true, likeness, rate(m.sourceId));
      if (suggestion) out.set(m.sourceId, suggestion);
    }
  return out;
}
