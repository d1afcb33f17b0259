import { outletKey } from './reliability';

/** What grouping needs to know of a source (a subset of the stored Source). */
export interface IndependenceSource {
  id: string;
  title: string;
  site: string | null;
  publishedAt: string | null;
  capturedAt: string;
  /** Near-duplicate and rewrite links, as the similarity index recorded them (both ways). */
  similar: ReadonlyArray<{ sourceId: string; score: number }>;
}

export type Relation = 'original' | 'rewrite' | 'same-outlet';

export interface GroupMember {
  sourceId: string;
  relation: Relation;
  /** The probable original this member copies, or null for the original itself. */
  of: string | null;
}

/** Sources that do not count as independent of each other; one group counts once. */
export interface IndependenceGroup {
  /** The probable original: earliest published or captured, then the one the others are most like. */
  originalId: string;
  /** The original first, then the copies in input order. */
  members: GroupMember[];
}

/** Union–find over indexes, with path halving: no recursion, near-linear. */
class Unions {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  root(i: number): number {
    let at = i;
    while (this.parent[at] !== at) {
      const up = this.parent[at] ?? at;
      this.parent[at] = this.parent[up] ?? up;
      at = up;
    }
    return at;
  }
  join(a: number, b: number): void {
    const [ra, rb] = [this.root(a), this.root(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** When a source came out: its publication date if it parses, else when it was captured. */
export function datedAt(source: Pick<IndependenceSource, 'publishedAt' | 'capturedAt'>): number {
  const published = source.publishedAt ? Date.parse(source.publishedAt) : NaN;
  if (!Number.isNaN(published)) return published;
  const captured = Date.parse(source.capturedAt);
  return Number.isNaN(captured) ? Number.POSITIVE_INFINITY : captured;
}

/**
 * Groups sources that are not independent of each other: linked as near-duplicates or rewrites
 * (directly or through a chain: A~B and B~C put A, B and C together), or from the same outlet
 * (an outlet repeating a story, its own or a wire's, is one voice). Sources without a link or a
 * shared outlet stand alone. The similarity links are the similarity index's; nothing here
 * compares texts.
 */
export function groupByIndependence(sources: readonly IndependenceSource[]): IndependenceGroup[] {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  const indexOf = new Map(unique.map((s, i) => [s.id, i]));
  const unions = new Unions(unique.length);
  const firstOfOutlet = new Map<string, number>();
  unique.forEach((source, i) => {
    for (const link of source.similar) {
      const j = indexOf.get(link.sourceId);
      if (j !== undefined) unions.join(i, j);
    }
    const outlet = outletKey(source.site);
    if (outlet === null) return;
    const first = firstOfOutlet.get(outlet);
    if (first === undefined) firstOfOutlet.set(outlet, i);
    else unions.join(i, first);
  });
  const byRoot = new Map<number, IndependenceSource[]>();
  unique.forEach((source, i) => {
    const root = unions.root(i);
    const list = byRoot.get(root) ?? [];
    list.push(source);
    byRoot.set(root, list);
  });
  return [...byRoot.values()].map(describeGroup);
}

function describeGroup(members: IndependenceSource[]): IndependenceGroup {
  const original = probableOriginal(members);
  const rest = members.filter((m) => m.id !== original.id);
  const ids = new Set(members.map((m) => m.id));
  // A link counts from either end: the index records both, an older notebook may hold one.
  const linked = new Set<string>();
  for (const m of members)
    for (const l of m.similar)
      if (ids.has(l.sourceId)) {
        linked.add(m.id);
        linked.add(l.sourceId);
      }
  return {
    originalId: original.id,
    members: [
      { sourceId: original.id, relation: 'original', of: null },
      ...rest.map((m) => ({
        sourceId: m.id,
        relation: linked.has(m.id) ? ('rewrite' as const) : ('same-outlet' as const),
        of: original.id,
      })),
    ],
  };
}

/** Earliest first; on a tie the one the others are most like (sum of link scores), then by id. */
export function probableOriginal(members: readonly IndependenceSource[]): IndependenceSource {
  const ids = new Set(members.map((m) => m.id));
  const likeness = (m: IndependenceSource) =>
    m.similar.reduce((sum, l) => sum + (ids.has(l.sourceId) ? l.score : 0), 0);
  const ranked = members
    .map((m) => ({ m, at: datedAt(m), like: likeness(m) }))
    .sort((a, b) => a.at - b.at || b.like - a.like || (a.m.id < b.m.id ? -1 : 1));
  const first = ranked[0];
  if (!first) throw new RangeError('A group has at least one member.');
  return first.m;
}
