import { join } from 'node:path';
import { NotebookSession } from '../../electron/session/notebookSession';
import { newId } from '../../shared/ids';
import type { Highlight } from '../../shared/model';
import { probeInChild } from './childProbe';
import { syntheticArticle } from './corpus';
import { buildNotebook } from './foundationSuite';
import { percentile, round, timeMs, type Figure } from './measure';

const HIGHLIGHTS = 50_000;
const SOURCES = 10_000;

/** Plants highlights straight into the shards (the bench measures saves, not setup). */
async function plantHighlights(session: NotebookSession): Promise<void> {
  const store = session.notebook;
  const sources = store.sources();
  const now = new Date().toISOString();
  const bySource = new Map<string, Highlight[]>();
  for (let i = 0; i < HIGHLIGHTS; i++) {
    const source = sources[i % sources.length];
    if (!source) break;
    const list = bySource.get(source.id) ?? [];
    list.push({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      sourceId: source.id,
      color: 1,
      comment: '',
      tags: [],
      entityIds: [],
      quote: { type: 'TextQuoteSelector', exact: 'Article', prefix: '', suffix: ' ' },
      position: { type: 'TextPositionSelector', start: 0, end: 7 },
      confidential: false,
    });
    bySource.set(source.id, list);
  }
  await Promise.all([...bySource].map(([id, list]) => store.highlights.put(id, ...list)));
}

interface NotebookProbe {
  coldOpen: number;
  updates: number[];
  rss: number;
}

/**
 * Run in a fresh process (see `probeInChild`): opens the notebook cold and times it to the
 * first search result, then imports articles and times the search after each; prints JSON.
 * A tiny notebook is opened first, as a running app has its code loaded already.
 */
export async function notebookSearchProbe(dir: string): Promise<void> {
  const warm = await NotebookSession.open({ notebookDir: join(dir, '..', 'warm-up'), userDataDir: null });
  await warm.handlers.search({ query: 'warm', limit: 10 });
  await warm.close();
  let session: NotebookSession | undefined;
  const coldOpen = await timeMs(async () => {
    session = await NotebookSession.open({ notebookDir: dir, userDataDir: null, create: false });
    await session.handlers.search({ query: 'harbour budget', limit: 10 });
  });
  const open = session;
  if (!open) throw new Error('the notebook did not open');
  const updates: number[] = [];
  for (let i = 0; i < 10; i++) {
    await open.importText(syntheticArticle(900_000 + i, 700));
    updates.push(await timeMs(() => open.handlers.search({ query: 'council', limit: 10 })));
  }
  const rss = process.memoryUsage().rss / (1024 * 1024);
  await open.close();
  console.log(JSON.stringify({ coldOpen, updates, rss } satisfies NotebookProbe));
}

/** highlight_save_p95_ms and entity_page_ms (issue 4) on 10,000 sources and 50,000 highlights. */
export async function highlightSuite(workDir: string): Promise<Figure[]> {
  const dir = join(workDir, 'notebook-10k');
  await buildNotebook(dir, SOURCES, 700);
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null, create: false });
  await plantHighlights(session);
  const h = session.handlers;
  const sources = session.notebook.sources();

  const saves: number[] = [];
  for (let i = 0; i < 50; i++) {
    const source = sources[(i * 197) % sources.length];
    if (!source) continue;
    saves.push(
      await timeMs(() =>
        h.createHighlight({
          sourceId: source.id,
          start: 10,
          end: 40,
          color: 2,
          comment: '',
          tags: [],
          entityIds: [],
        }),
      ),
    );
  }

  // The corpus names "Mara Quist" in about a third of sentences' openings; cap at 5,000 mentions.
  const entity = await h.createEntity({
    type: 'person',
    name: 'Mara Quist',
    aliases: ['Quist'],
    description: '',
  });
  await h.getEntityPage({ id: entity.id, mentionLimit: 5000 });
  const pages: number[] = [];
  let mentions = 0;
  for (let i = 0; i < 5; i++) {
    pages.push(
      await timeMs(async () => {
        mentions = (await h.getEntityPage({ id: entity.id, mentionLimit: 5000 })).mentions.length;
      }),
    );
  }
  // Search through the notebook itself: build the index once, then reopen cold and search.
  let result = await h.search({ query: 'council', limit: 10 });
  while (result.rebuilding) {
    await new Promise((r) => setTimeout(r, 200));
    result = await h.search({ query: 'council', limit: 10 });
  }
  await session.close();
  const probe = await probeInChild<NotebookProbe>(import.meta.url, 'notebookSearchProbe', dir);
  return [
    { key: 'highlight_save_p95_ms', value: round(percentile(saves, 95)), unit: 'ms', budget: '<= 20' },
    {
      key: 'entity_page_ms',
      value: round(percentile(pages, 50)),
      unit: 'ms',
      budget: `<= 200 (${mentions} mentions)`,
    },
    {
      key: 'notebook_cold_open_to_search_ms',
      value: round(probe.coldOpen),
      unit: 'ms',
      budget: '<= 1000 (10k sources, 50k highlights)',
    },
    {
      key: 'notebook_index_update_ms',
      value: round(percentile(probe.updates, 95)),
      unit: 'ms',
      budget: '<= 50 (import, then the next search)',
    },
    {
      key: 'notebook_rss_mb',
      value: round(probe.rss),
      unit: 'MB',
      budget: '<= 600 (a fresh process holding the open notebook)',
    },
  ];
}
