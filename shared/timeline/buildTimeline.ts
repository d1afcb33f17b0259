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

/** Every dated source, highlight and claim, earliest first (undated ones are left out). */
// Long because: three kinds of item share the indexes built at the top; splitting would pass them all around.
export function buildTimeline(
  input: TimelineInput,
  /** Finds a highlight's date; the notebook passes one that remembers (see electron/claims/timeline). */
  dateOf: (h: TimelineHighlight, source: TimelineSource) => TextDate | null = highlightDate,
): TimelineItem[] {
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const highlightById = new Map(input.highlights.map((h) => [h.id, h]));
  const questionsOfClaim = new Map<string, string[]>();
  for (const q of input.questions)
    for (const a of q.answers) if (a.claimId) push(questionsOfClaim, a.claimId, q.id);
  const claimsOfHighlight = new Map<string, string[]>();
  for (const c of input.claims) for (const e of c.evidence) push(claimsOfHighlight, e.highlightId, c.id);
  const questionsOf = (claimIds: readonly string[]) =>
    claimIds.length === 0 ? NONE : unique(claimIds.flatMap((id) => questionsOfClaim.get(id) ?? []));

  const items: TimelineItem[] = [];
  const highlightItems = new Map<string, TimelineItem>();
  const bySource = new Map<string, TimelineHighlight[]>();
  for (const h of input.highlights) {
    push(bySource, h.sourceId, h);
    const source = sourceById.get(h.sourceId);
    const found = source && dateOf(h, source);
    if (!found) continue;
    const claimIds = claimsOfHighlight.get(h.id) ?? [];
    const item: TimelineItem = {
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
      questionIds: questionsOf(claimIds),
    };
    highlightItems.set(h.id, item);
    items.push(item);
  }
  for (const s of input.sources) {
    const date = dayOfPublication(s);
    if (!date) continue;
    const own = bySource.get(s.id) ?? [];
    const claimIds = unique(own.flatMap((h) => claimsOfHighlight.get(h.id) ?? []));
    items.push({
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
      questionIds: questionsOf(claimIds),
    });
  }
  for (const c of input.claims) {
    const evidence = c.evidence.map((e) => highlightById.get(e.highlightId)).filter((h) => h !== undefined);
    const dated = c.evidence
      .map((e) => highlightItems.get(e.highlightId))
      .filter((i) => i !== undefined)
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    const first = evidence[0];
    const fallback = first && sourceById.get(first.sourceId);
    const date = dated?.date ?? (fallback ? dayOfPublication(fallback) : null);
    if (!date) continue;
    items.push({
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
      questionIds: questionsOfClaim.get(c.id) ?? [],
    });
  }
  return items.sort(byDate);
}

// Code-unit order for ties: a collator is ~100× slower and 20,000 items mostly share few dates.
const KIND_ORDER: Record<TimelineKind, number> = { source: 0, highlight: 1, claim: 2 };

function byDate(a: TimelineItem, b: TimelineItem): number {
  return a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

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
