import type { TimelineResult } from '../../shared/contract';
import {
  buildTimeline,
  filterTimeline,
  type TimelineFilter,
  type TimelineItem,
} from '../../shared/timeline/buildTimeline';
import type { NotebookStore } from '../store/notebookStore';

/** Every dated item of the notebook, before filtering (sources, highlights, claims). */
export async function notebookTimeline(store: NotebookStore): Promise<TimelineItem[]> {
  return buildTimeline({
    sources: store.sources(),
    highlights: await store.highlights.all(),
    claims: store.list('claims'),
    questions: store.list('questions'),
  });
}

/** The timeline as the page shows it: filtered, with source titles and claimant names. */
export async function timelineOf(store: NotebookStore, filter: TimelineFilter): Promise<TimelineResult> {
  const all = await notebookTimeline(store);
  const entities = new Map(store.list('entities').map((e) => [e.id, e.name]));
  return {
    items: filterTimeline(all, filter).map((item) => ({
      ...item,
      sourceTitle: item.sourceId ? (store.sourceById(item.sourceId)?.title ?? null) : null,
      claimantName: item.claimantId ? (entities.get(item.claimantId) ?? null) : null,
    })),
    total: all.length,
    tags: [...new Set(all.flatMap((i) => i.tags))].sort((a, b) => a.localeCompare(b)),
  };
}
