import type { TimelineResult } from '../../shared/contract';
import type { TextDate } from '../../shared/timeline/findTextDates';
import {
  buildTimeline,
  highlightDate,
  type TimelineFilter,
  type TimelineHighlight,
  type TimelineSource,
} from '../../shared/timeline/buildTimeline';
import { indexTimeline, lookupTimeline } from '../../shared/timeline/timelineIndex';
import type { NotebookStore } from '../store/notebookStore';
import { memoPerRevision } from '../store/revisionMemo';

type Item = TimelineResult['items'][number];

interface FoundDate {
  prefix: string;
  exact: string;
  suffix: string;
  anchor: string;
  date: TextDate | null;
}

/**
 * Highlights' dates, found once per wording: reading the words around 10,000 highlights for
 * dates is most of a timeline's cost, and a change elsewhere in the notebook leaves them as they
 * were. An answer is reused only while the quote's words and the source's dates are the same
 * (compared, not assumed), so an edited highlight or a re-dated source is read again. Each
 * build keeps only the answers it used, so deleted highlights are forgotten.
 */
class HighlightDates {
  private previous = new Map<string, FoundDate>();
  private current = new Map<string, FoundDate>();

  /** Starts a build: what the last one did not use is dropped. */
  round(): (h: TimelineHighlight, source: TimelineSource) => TextDate | null {
    this.previous = this.current;
    this.current = new Map();
    return (h, source) => this.dateOf(h, source);
  }

  private dateOf(h: TimelineHighlight, source: TimelineSource): TextDate | null {
    const { prefix, exact, suffix } = h.quote;
    const s = source;
    const anchor = `${s.publishedAt ?? ''}|${s.capturedAt}|${s.language ?? ''}|${String(s.publishedApproximate)}`;
    const known = this.previous.get(h.id) ?? this.current.get(h.id);
    const same =
      known?.exact === exact && known.prefix === prefix && known.suffix === suffix && known.anchor === anchor;
    const found = same ? known : { prefix, exact, suffix, anchor, date: highlightDate(h, source) };
    this.current.set(h.id, found);
    return found.date;
  }
}

const datesOf = new WeakMap<NotebookStore, HighlightDates>();

/**
 * Every dated item of the notebook (sources, highlights, claims) with source titles and claimant
 * names, and every tag: built once per notebook revision, so opening or filtering the timeline
 * again filters this list instead of rebuilding it.
 */
const notebookTimeline = memoPerRevision(async (store: NotebookStore) => {
  let dates = datesOf.get(store);
  if (!dates) datesOf.set(store, (dates = new HighlightDates()));
  const all = buildTimeline(
    {
      sources: store.sources(),
      highlights: await store.highlights.all(),
      claims: store.list('claims'),
      questions: store.list('questions'),
    },
    dates.round(),
  );
  const entities = new Map(store.list('entities').map((e) => [e.id, e.name]));
  const items: Item[] = all.map((item) => ({
    ...item,
    sourceTitle: item.sourceId ? (store.sourceById(item.sourceId)?.title ?? null) : null,
    claimantName: item.claimantId ? (entities.get(item.claimantId) ?? null) : null,
  }));
  const tags = [...new Set(all.flatMap((i) => i.tags))].sort((a, b) => a.localeCompare(b));
  return { index: indexTimeline(items), tags };
});

/** The timeline as the page shows it: filtered, with source titles and claimant names. */
export async function timelineOf(store: NotebookStore, filter: TimelineFilter): Promise<TimelineResult> {
  const { index, tags } = await notebookTimeline(store);
  return { items: lookupTimeline(index, filter), total: index.all.length, tags };
}
