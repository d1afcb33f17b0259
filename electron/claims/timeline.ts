import type { TimelineResult } from '../../shared/contract';
import type { TextDate } from '../../shared/timeline/findTextDates';
import {
  highlightDate,
  type TimelineFilter,
  type TimelineHighlight,
  type TimelineItem,
  type TimelineSource,
} from '../../shared/timeline/buildTimeline';
import { IncrementalTimeline } from '../../shared/timeline/incrementalTimeline';
import { lookupTimeline } from '../../shared/timeline/timelineIndex';
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
 * (compared, not assumed), so an edited highlight or a re-dated source is read again. Each full
 * build keeps only the answers it used, so deleted highlights are forgotten.
 */
class HighlightDates {
  private previous = new Map<string, FoundDate>();
  private current = new Map<string, FoundDate>();

  /** Starts a full build: what the last one did not use is dropped. */
  round(): (h: TimelineHighlight, source: TimelineSource) => TextDate | null {
    this.previous = this.current;
    this.current = new Map();
    return (h, source) => this.dateOf(h, source);
  }

  /** One highlight's date, for an update by delta (which asks only for highlights that changed). */
  dateOf(h: TimelineHighlight, source: TimelineSource): TextDate | null {
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

interface Kept {
  dates: HighlightDates;
  timeline: IncrementalTimeline<Item>;
  setNames: (names: Map<string, string>) => void;
}
const keptFor = new WeakMap<NotebookStore, Kept>();

/**
 * Every dated item of the notebook (sources, highlights, claims) with source titles and claimant
 * names, indexed by filter, and every tag: brought up to date once per notebook revision by delta
 * (IncrementalTimeline: only the items whose inputs changed are rebuilt), so opening or filtering
 * the timeline again reads this index, and a change costs what it touches.
 */
const notebookTimeline = memoPerRevision(async (store: NotebookStore) => {
  const highlights = await store.highlights.all();
  let kept = keptFor.get(store);
  if (!kept) {
    const dates = new HighlightDates();
    // Titles and names are read at update time; the incremental timeline keys both (source title, entity name).
    let names = new Map<string, string>();
    const finish = (item: TimelineItem): Item => ({
      ...item,
      sourceTitle: item.sourceId ? (store.sourceById(item.sourceId)?.title ?? null) : null,
      claimantName: item.claimantId ? (names.get(item.claimantId) ?? null) : null,
    });
    kept = { dates, timeline: new IncrementalTimeline(finish), setNames: (n) => (names = n) };
    keptFor.set(store, kept);
  }
  const entities = store.list('entities');
  kept.setNames(new Map(entities.map((e) => [e.id, e.name])));
  const { dates } = kept;
  const index = kept.timeline.update(
    {
      sources: store.sources(),
      highlights,
      claims: store.list('claims'),
      questions: store.list('questions'),
      entities,
    },
    (h, source) => dates.dateOf(h, source),
    () => dates.round(),
  );
  const tags = [...index.by.tag.keys()].sort((a, b) => a.localeCompare(b));
  return { index, tags };
});
/** The timeline as the page shows it: filtered, with source titles and claimant names. */
export async function timelineOf(store: NotebookStore, filter: TimelineFilter): Promise<TimelineResult> {
  const { index, tags } = await notebookTimeline(store);
  return { items: lookupTimeline(index, filter), total: index.all.length, tags };
}
