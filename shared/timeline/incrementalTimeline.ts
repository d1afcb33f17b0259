import {
  buildTimeline,
  claimItem,
  highlightItem,
  sourceItem,
  timelineRelations,
  type TimelineHighlight,
  type TimelineInput,
  type TimelineItem,
  type TimelineRelations,
  type TimelineSource,
} from './buildTimeline';
import type { TextDate } from './findTextDates';
import { indexTimeline, updateTimelineIndex, type TimelineIndex } from './timelineIndex';
import { sameKey, type Key } from '../sameKey';

/** The timeline's input plus the entities whose names its items carry (a rename touches their claims). */
export interface IncrementalInput extends TimelineInput {
  entities: readonly { id: string; name: string }[];
}

type DateOf = (h: TimelineHighlight, source: TimelineSource) => TextDate | null;
type Kind = 'source' | 'highlight' | 'claim' | 'question' | 'entity';

/**
 * What of each record the timeline reads, copied: a change to anything else (a claim's status, a
 * source's similarity links) leaves the timeline as it is, and a record changed in place is still
 * seen as changed because the copy is compared, not the object.
 */
const KEY_OF = {
  source: (s: TimelineSource): Key => [
    s.title,
    s.publishedAt,
    s.capturedAt,
    s.publishedApproximate,
    s.language,
    ...s.tags,
  ],
  highlight: (h: TimelineHighlight): Key => [
    h.sourceId,
    h.quote.prefix,
    h.quote.exact,
    h.quote.suffix,
    h.tags.length,
    ...h.tags,
    ...h.entityIds,
  ],
  claim: (c: TimelineInput['claims'][number]): Key => [
    c.statement,
    c.claimantId,
    ...c.evidence.map((e) => e.highlightId),
  ],
  question: (q: TimelineInput['questions'][number]): Key => q.answers.map((a) => a.claimId),
  entity: (e: { name: string }): Key => [e.name],
};

/** Records whose key changed (added, edited or removed), with their key before; `keys` is brought up to date. */
function changedIds<R extends { id: string }>(
  keys: Map<string, Key>,
  records: readonly R[],
  keyOf: (r: R) => Key,
): Map<string, Key | null> {
  const changed = new Map<string, Key | null>();
  for (const r of records) {
    const key = keyOf(r);
    const before = keys.get(r.id);
    if (before && sameKey(before, key)) continue;
    changed.set(r.id, before ?? null);
    keys.set(r.id, key);
  }
  // More keys than records: some were removed (found only then, so an edit costs no id set).
  if (keys.size > records.length) {
    const present = new Set(records.map((r) => r.id));
    for (const [id, key] of keys)
      if (!present.has(id)) {
        changed.set(id, key);
        keys.delete(id);
      }
  }
  return changed;
}

/** Strings of a key from position `from` (evidence of a claim, answers of a question). */
const idsIn = (key: Key | null | undefined, from: number): string[] =>
  (key ?? []).slice(from).filter((v): v is string => typeof v === 'string');

/**
 * The items whose inputs changed, following who points at whom: a question to its answers' claims,
 * a claim to its evidence, a highlight to its source and the claims citing it, a source to its
 * highlights, an entity to the claims it claims. Errs on the side of more.
 */
function dirtyItems(
  changed: Record<Kind, Map<string, Key | null>>,
  keys: Record<Kind, Map<string, Key>>,
  rel: TimelineRelations,
  input: IncrementalInput,
) {
  const claims = new Set(changed.claim.keys());
  for (const [id, before] of changed.question)
    for (const c of [...idsIn(before, 0), ...idsIn(keys.question.get(id), 0)]) claims.add(c);
  const renamed = changed.entity;
  if (renamed.size > 0)
    for (const c of input.claims) if (c.claimantId && renamed.has(c.claimantId)) claims.add(c.id);
  const highlights = new Set(changed.highlight.keys());
  for (const c of claims)
    for (const h of [...idsIn(changed.claim.get(c), 2), ...idsIn(keys.claim.get(c), 2)]) highlights.add(h);
  for (const s of changed.source.keys()) for (const h of rel.bySource.get(s) ?? []) highlights.add(h.id);
  const sources = new Set(changed.source.keys());
  for (const h of highlights) {
    for (const s of [changed.highlight.get(h)?.[0], keys.highlight.get(h)?.[0]])
      if (typeof s === 'string') sources.add(s);
    for (const c of rel.claimsOfHighlight.get(h) ?? []) claims.add(c);
  }
  return { highlights, sources, claims };
}

/**
 * The notebook's timeline, kept up to date by delta: each update compares what every record
 * contributes with last time, rebuilds only the items whose inputs changed (with buildTimeline's
 * own item builders) and moves them in the index. The first update, or one that changes more
 * than `limit` items, is a full buildTimeline. Tested to equal a full rebuild after any sequence.
 */
export class IncrementalTimeline<T extends TimelineItem> {
  private keys: Record<Kind, Map<string, Key>> | null = null;
  private items = new Map<string, T>();
  private index: TimelineIndex<T> = indexTimeline([]);

  constructor(
    /** Adds what the caller shows with each item (titles, names); must read only the keyed inputs. */
    private readonly finish: (item: TimelineItem) => T,
    private readonly limit = 2_000,
  ) {}

  update(input: IncrementalInput, dateOf: DateOf, fullDateOf: () => DateOf = () => dateOf): TimelineIndex<T> {
    try {
      return this.step(input, dateOf, fullDateOf);
    } catch (error) {
      // A half-applied delta must not be built on: the next update starts afresh.
      this.keys = null;
      throw error;
    }
  }

  private step(input: IncrementalInput, dateOf: DateOf, fullDateOf: () => DateOf): TimelineIndex<T> {
    const first = this.keys === null;
    const keys: Record<Kind, Map<string, Key>> = this.keys ?? {
      source: new Map<string, Key>(),
      highlight: new Map<string, Key>(),
      claim: new Map<string, Key>(),
      question: new Map<string, Key>(),
      entity: new Map<string, Key>(),
    };
    this.keys = keys;
    const changed: Record<Kind, Map<string, Key | null>> = {
      source: changedIds(keys.source, input.sources, KEY_OF.source),
      highlight: changedIds(keys.highlight, input.highlights, KEY_OF.highlight),
      claim: changedIds(keys.claim, input.claims, KEY_OF.claim),
      question: changedIds(keys.question, input.questions, KEY_OF.question),
      entity: changedIds(keys.entity, input.entities, KEY_OF.entity),
    };
    if (first) return this.rebuild(input, fullDateOf());
    const rel = timelineRelations(input);
    const dirty = dirtyItems(changed, keys, rel, input);
    if (dirty.highlights.size + dirty.sources.size + dirty.claims.size > this.limit)
      return this.rebuild(input, fullDateOf());
    const claimById = new Map(input.claims.map((c) => [c.id, c]));
    const removed: T[] = [];
    const added: T[] = [];
    const redo = (kind: TimelineItem['kind'], id: string, make: () => TimelineItem | null) => {
      const key = `${kind}:${id}`;
      const before = this.items.get(key);
      if (before) removed.push(before);
      const made = make();
      const after = made && this.finish(made);
      if (after) added.push(after);
      if (after) this.items.set(key, after);
      else this.items.delete(key);
    };
    for (const id of dirty.highlights) {
      const h = rel.highlightById.get(id);
      redo('highlight', id, () => (h ? highlightItem(h, rel, dateOf) : null));
    }
    for (const id of dirty.sources) {
      const s = rel.sourceById.get(id);
      redo('source', id, () => (s ? sourceItem(s, rel) : null));
    }
    for (const id of dirty.claims) {
      const c = claimById.get(id);
      redo('claim', id, () => (c ? claimItem(c, rel, (h) => this.items.get(`highlight:${h}`)) : null));
    }
    updateTimelineIndex(this.index, removed, added);
    return this.index;
  }

  private rebuild(input: IncrementalInput, dateOf: DateOf): TimelineIndex<T> {
    const all = buildTimeline(input, dateOf).map(this.finish);
    this.items = new Map(all.map((i) => [`${i.kind}:${i.id}`, i]));
    this.index = indexTimeline(all);
    return this.index;
  }
}
