import { calendarDayOf } from '../import/calendar';
import type { Claim, Highlight, Question, Source } from '../model';
import { findTextDates, type TextDate } from './findTextDates';

export type TimelineKind = 'source' | 'highlight' | 'claim';

/** One dated thing on the timeline, with what it can be filtered by and the passage it leads to. */
export interface TimelineItem {
  kind: TimelineKind;
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  approximate: boolean;
  /** A source's title, a highlight's quote, a claim's statement. */
  label: string;
  sourceId: string | null;
  /** The passage the item leads to (a claim's: its first dated evidence). */
  highlightId: string | null;
  claimantId: string | null;
  entityIds: string[];
  tags: string[];
  claimIds: string[];
  questionIds: string[];
}

export type TimelineSource = Pick<
  Source,
  'id' | 'title' | 'publishedAt' | 'capturedAt' | 'publishedApproximate' | 'language' | 'tags'
>;
export type TimelineHighlight = Pick<Highlight, 'id' | 'sourceId' | 'quote' | 'tags' | 'entityIds'>;

export interface TimelineInput {
  sources: readonly TimelineSource[];
  highlights: readonly TimelineHighlight[];
  claims: readonly Pick<Claim, 'id' | 'statement' | 'claimantId' | 'evidence'>[];
  questions: readonly Pick<Question, 'id' | 'answers'>[];
}

/**
 * The date a highlight is about: one named inside the quote if any, else the one nearest to it
 * in the words around it (the stored prefix and suffix), resolved against its source's date.
 */
export function highlightDate(h: TimelineHighlight, source: TimelineSource): TextDate | null {
  const { prefix, exact, suffix } = h.quote;
  const dates = findTextDates(prefix + exact + suffix, source);
  const [from, to] = [prefix.length, prefix.length + exact.length];
  const distance = (d: TextDate) => (d.end <= from ? from - d.end : d.start >= to ? d.start - to : 0);
  let best: TextDate | null = null;
  for (const d of dates) if (!best || distance(d) < distance(best)) best = d;
  return best;
}

const dayOfPublication = (s: TimelineSource): string | null => calendarDayOf(s.publishedAt);

const NONE: never[] = [];
/** Distinct values; most lists here are empty or hold one value, so those skip the set. */
const unique = <T>(values: readonly T[]): T[] => (values.length < 2 ? (values as T[]) : [...new Set(values)]);

/** Appends to the list under `key` (one list per key; pushing keeps it linear). */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Who points at whom, from the whole input: what each item's filters (claims, questions) come from. */
export interface TimelineRelations {
  sourceById: ReadonlyMap<string, TimelineSource>;
  highlightById: ReadonlyMap<string, TimelineHighlight>;
  /** Highlights of each source, in input order. */
  bySource: ReadonlyMap<string, TimelineHighlight[]>;
  claimsOfHighlight: ReadonlyMap<string, string[]>;
  questionsOfClaim: ReadonlyMap<string, string[]>;
}

export function timelineRelations(input: TimelineInput): TimelineRelations {
  const bySource = new Map<string, TimelineHighlight[]>();
  for (const h of input.highlights) push(bySource, h.sourceId, h);
  const questionsOfClaim = new Map<string, string[]>();
  for (const q of input.questions)
    for (const a of q.answers) if (a.claimId) push(questionsOfClaim, a.claimId, q.id);
  const claimsOfHighlight = new Map<string, string[]>();
  for (const c of input.claims) for (const e of c.evidence) push(claimsOfHighlight, e.highlightId, c.id);
  return {
    sourceById: new Map(input.sources.map((s) => [s.id, s])),
    highlightById: new Map(input.highlights.map((h) => [h.id, h])),
    bySource,
    claimsOfHighlight,
    questionsOfClaim,
  };
}

const questionsOf = (rel: TimelineRelations, claimIds: readonly string[]) =>
  claimIds.length === 0 ? NONE : unique(claimIds.flatMap((id) => rel.questionsOfClaim.get(id) ?? []));

/** A highlight's item, or null when no date is in or near it. */
export function highlightItem(
  h: TimelineHighlight,
  rel: TimelineRelations,
  dateOf: (h: TimelineHighlight, source: TimelineSource) => TextDate | null,
): TimelineItem | null {
  const source = rel.sourceById.get(h.sourceId);
  const found = source && dateOf(h, source);
  if (!found) return null;
  const claimIds = rel.claimsOfHighlight.get(h.id) ?? [];
  return {
    kind: 'highlight',
    id: h.id,
    date: found.date,
    approximate: found.approximate,
    label: h.quote.exact,
    sourceId: h.sourceId,
    highlightId: h.id,
    claimantId: null,
    entityIds: h.entityIds,
    tags: h.tags,
    claimIds,
    questionIds: questionsOf(rel, claimIds),
  };
}

/** A source's item (by publication date, carrying its highlights' filters), or null when undated. */
export function sourceItem(s: TimelineSource, rel: TimelineRelations): TimelineItem | null {
  const date = dayOfPublication(s);
  if (!date) return null;
  const own = rel.bySource.get(s.id) ?? [];
  const claimIds = unique(own.flatMap((h) => rel.claimsOfHighlight.get(h.id) ?? []));
  return {
    kind: 'source',
    id: s.id,
    date,
    approximate: s.publishedApproximate,
    label: s.title,
    sourceId: s.id,
    highlightId: null,
    claimantId: null,
    entityIds: unique(own.flatMap((h) => h.entityIds)),
    tags: unique([...s.tags, ...own.flatMap((h) => h.tags)]),
    claimIds,
    questionIds: questionsOf(rel, claimIds),
  };
}

/** A claim's item: dated by its earliest dated evidence, else its first evidence's source; or null. */
export function claimItem(
  c: TimelineInput['claims'][number],
  rel: TimelineRelations,
  highlightItemOf: (highlightId: string) => TimelineItem | null | undefined,
): TimelineItem | null {
  const evidence = c.evidence.map((e) => rel.highlightById.get(e.highlightId)).filter((h) => h !== undefined);
  const dated = c.evidence
    .map((e) => highlightItemOf(e.highlightId))
    .filter((i) => i !== undefined && i !== null)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  const first = evidence[0];
  const fallback = first && rel.sourceById.get(first.sourceId);
  const date = dated?.date ?? (fallback ? dayOfPublication(fallback) : null);
  if (!date) return null;
  return {
    kind: 'claim',
    id: c.id,
    date,
    approximate: dated ? dated.approximate : (fallback?.publishedApproximate ?? false),
    label: c.statement,
    sourceId: dated?.sourceId ?? first?.sourceId ?? null,
    highlightId: dated?.highlightId ?? first?.id ?? null,
    claimantId: c.claimantId,
    entityIds: unique([...(c.claimantId ? [c.claimantId] : []), ...evidence.flatMap((h) => h.entityIds)]),
    tags: unique(evidence.flatMap((h) => h.tags)),
    claimIds: [c.id],
    questionIds: rel.questionsOfClaim.get(c.id) ?? [],
  };
}

/**
 * Every dated source, highlight and claim, earliest first (undated ones are left out). The one
 * full build: the notebook's incremental timeline (incrementalTimeline) reuses the item builders
 * above and is tested to equal this.
 */
export function buildTimeline(
  input: TimelineInput,
  /** Finds a highlight's date; the notebook passes one that remembers (see electron/claims/timeline). */
  dateOf: (h: TimelineHighlight, source: TimelineSource) => TextDate | null = highlightDate,
): TimelineItem[] {
  const rel = timelineRelations(input);
  const items: TimelineItem[] = [];
  const highlightItems = new Map<string, TimelineItem>();
  for (const h of input.highlights) {
    const item = highlightItem(h, rel, dateOf);
    if (item) highlightItems.set(h.id, item);
    if (item) items.push(item);
  }
  for (const s of input.sources) {
    const item = sourceItem(s, rel);
    if (item) items.push(item);
  }
  for (const c of input.claims) {
    const item = claimItem(c, rel, (id) => highlightItems.get(id));
    if (item) items.push(item);
  }
  return items.sort(byDate);
}

// Code-unit order for ties: a collator is ~100× slower and 20,000 items mostly share few dates.
const KIND_ORDER: Record<TimelineKind, number> = { source: 0, highlight: 1, claim: 2 };

/** Timeline order: date, kind, label, then id, so the order is total (an insertion lands where a full sort puts it). */
export function byDate(a: TimelineItem, b: TimelineItem): number {
  return a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || codeOrder(a.label, b.label) || codeOrder(a.id, b.id);
}

const codeOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface TimelineFilter {
  entityId?: string;
  claimId?: string;
  questionId?: string;
  tag?: string;
}

/** The items matching every filter given; order kept. */
export function filterTimeline<T extends TimelineItem>(items: readonly T[], f: TimelineFilter): T[] {
  return items.filter(
    (i) =>
      (!f.entityId || i.entityIds.includes(f.entityId)) &&
      (!f.claimId || i.claimIds.includes(f.claimId)) &&
      (!f.questionId || i.questionIds.includes(f.questionId)) &&
      (!f.tag || i.tags.includes(f.tag)),
  );
}
