import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NotebookSession } from '../../electron/session/notebookSession';
import { sortSources } from '../../renderer/library/sortSources';
import { probeInChild } from './childProbe';
import { syntheticArticle } from './corpus';
import { median, percentile, round, timeMs, type Figure } from './measure';
import { ENTITY_NAME, SCALE_TAG, warmScaleNotebook, writeScaleNotebook } from './scaleNotebook';
import { QUERIES } from './searchSuite';

/** `--sources N` (or RN_SCALE_SOURCES) measures another size, e.g. 30,000 to see how a figure grows. */
const SOURCES = Number(
  process.argv.find((a) => a.startsWith('--sources='))?.slice('--sources='.length) ??
    process.env.RN_SCALE_SOURCES ??
    100_000,
);
const HIGHLIGHTS = SOURCES * 5;

interface ScaleProbe {
  coldOpen: number;
  openOnly: number;
  search: number[];
  saves: number[];
  sourceSaves: number[];
  searchAfterSave: number[];
  library: number;
  sort: number;
  entityFirst: number;
  entityAgain: number;
  mentions: number;
  importFirst: number;
  importNext: number[];
  exportTag: number;
  exported: number;
  rss: number;
}

async function until<T>(poll: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await poll();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * In a fresh process: the notebook opened cold, then what a reporter does with it, each timed
 * as the page would call it (through the session's handlers). Prints one JSON line.
 */
export async function scaleProbe(dir: string): Promise<void> {
  const warm = await NotebookSession.open({ notebookDir: join(dir, '..', 'warm-up'), userDataDir: null });
  await warm.handlers.search({ query: 'warm', limit: 10 });
  await warm.close();
  let session: NotebookSession | undefined;
  let openOnly = 0;
  const coldOpen = await timeMs(async () => {
    openOnly = await timeMs(async () => {
      session = await NotebookSession.open({ notebookDir: dir, userDataDir: null, create: false });
    });
    await session?.handlers.search({ query: 'harbour budget', limit: 10 });
  });
  const open: NotebookSession | undefined = session;
  if (!open) throw new Error('the notebook did not open');
  const h = open.handlers;
  for (const query of QUERIES) await h.search({ query, limit: 10 });
  const search: number[] = [];
  for (let r = 0; r < 5; r++)
    for (const query of QUERIES) search.push(await timeMs(() => h.search({ query, limit: 10 })));
  let summaries: Awaited<ReturnType<typeof h.listSources>> = [];
  const library = await timeMs(async () => {
    summaries = await h.listSources({});
  });
  const sort = await timeMs(() => Promise.resolve(sortSources(summaries, 'title')));
  const ids = summaries.map((s) => s.id);
  const saves: number[] = [];
  const searchAfterSave: number[] = [];
  for (let i = 0; i < 30; i++) {
    const sourceId = ids[(i * 3331) % ids.length] ?? '';
    saves.push(
      await timeMs(() =>
        h.createHighlight({ sourceId, start: 10, end: 40, color: 2, comment: '', tags: [], entityIds: [] }),
      ),
    );
    // The next search catches the index up with the save first.
    if (i % 3 === 2) searchAfterSave.push(await timeMs(() => h.search({ query: 'harbour', limit: 10 })));
  }
  // A change kept in notebook.json (the reporter edits a source's details): the store's own save.
  const sourceSaves: number[] = [];
  for (let i = 0; i < 30; i++) {
    const id = ids[(i * 7919) % ids.length] ?? '';
    sourceSaves.push(await timeMs(() => h.updateSourceMetadata({ id, confidential: false })));
  }
  const entity = (await h.listEntities({})).find((e) => e.entity.name === ENTITY_NAME)?.entity;
  if (!entity) throw new Error('the scale notebook has no entity');
  let mentions = 0;
  const entityFirst = await timeMs(async () => {
    mentions = (await h.getEntityPage({ id: entity.id, mentionLimit: 5000 })).mentions.length;
  });
  const entityAgain = await timeMs(() => h.getEntityPage({ id: entity.id, mentionLimit: 5000 }));
  // Seeds not used by an earlier run on a kept notebook (RN_BENCH_DIR): a duplicate writes nothing.
  const seed = 5_000_000 + open.notebook.sources().length;
  const importFirst = await timeMs(() => open.importText(syntheticArticle(seed, 700)));
  const importNext: number[] = [];
  for (let i = 1; i <= 5; i++)
    importNext.push(await timeMs(() => open.importText(syntheticArticle(seed + i, 700))));
  let exported = 0;
  const exportTag = await timeMs(async () => {
    const job = await h.startPacketExport({ tag: SCALE_TAG, includeConfidential: false });
    const done = await until(
      () => h.getPacketJob({ id: job.id }),
      (j) => j.state !== 'running',
    );
    if (done.state !== 'done') throw new Error(`the tag export failed: ${done.error ?? ''}`);
    exported = done.exported?.counts.sources ?? 0;
  });
  const rss = process.memoryUsage().rss / (1024 * 1024);
  await open.close();
  const out: ScaleProbe = {
    coldOpen,
    openOnly,
    search,
    saves,
    sourceSaves,
    searchAfterSave,
    library,
    sort,
    entityFirst,
    entityAgain,
    mentions,
    importFirst,
    importNext,
    exportTag,
    exported,
    rss,
  };
  console.log(JSON.stringify(out));
}

/**
 * `--only=scale` (issue 17, item 4; not in the default run): 100,000 sources and 500,000
 * highlights (RN_SCALE_SOURCES sets another size), written in the store's format, caches built
 * by the app, then measured cold in a fresh process.
 */
export async function scaleSuite(workDir: string): Promise<Figure[]> {
  const dir = join(workDir, 'notebook-scale');
  const began = performance.now();
  // With RN_BENCH_DIR a notebook built by an earlier run is measured again as it is.
  const built = existsSync(join(dir, 'search', 'manifest.json'));
  if (!built) await writeScaleNotebook(dir, SOURCES, HIGHLIGHTS);
  const writtenS = (performance.now() - began) / 1000;
  if (!built) await warmScaleNotebook(dir);
  const cachesS = (performance.now() - began) / 1000 - writtenS;
  process.stderr.write(
    `  scale: notebook written in ${round(writtenS)} s, caches built in ${round(cachesS)} s\n`,
  );
  const diskMb = Number(execFileSync('du', ['-sk', dir]).toString().split('\t')[0]) / 1024;
  const p = await probeInChild<ScaleProbe>(import.meta.url, 'scaleProbe', dir);
  const n = `${SOURCES / 1000}k sources`;
  const fig = (key: string, value: number, unit: string, budget: string): Figure => ({
    key,
    value: round(value),
    unit,
    budget,
  });
  return [
    fig('scale_cold_open_to_search_ms', p.coldOpen, 'ms', `<= 3000 (${n}, ${HIGHLIGHTS / 1000}k highlights)`),
    fig('scale_open_ms', p.openOnly, 'ms', 'of which the session open'),
    fig('scale_search_p95_ms', percentile(p.search, 95), 'ms', '<= 15'),
    fig('scale_highlight_save_p95_ms', percentile(p.saves, 95), 'ms', '<= 10'),
    fig(
      'scale_source_save_p95_ms',
      percentile(p.sourceSaves, 95),
      'ms',
      'a source edit saved (its shard and notebook.json)',
    ),
    fig('scale_search_after_save_ms', median(p.searchAfterSave), 'ms', 'median, a search right after a save'),
    fig('scale_library_open_ms', p.library, 'ms', 'listSources'),
    fig('scale_library_sort_ms', p.sort, 'ms', 'by title, as the page sorts'),
    fig('scale_entity_page_ms', p.entityFirst, 'ms', `first open (${p.mentions} mentions listed)`),
    fig('scale_entity_page_again_ms', p.entityAgain, 'ms', 'second open'),
    fig('scale_import_first_ms', p.importFirst, 'ms', 'one more source, first of the session'),
    fig('scale_import_ms', median(p.importNext), 'ms', 'one more source, median of the next 5'),
    fig('scale_export_tag_ms', p.exportTag, 'ms', `packet of one tag (${p.exported} sources)`),
    fig('scale_rss_mb', p.rss, 'MB', '<= 1536 (the measuring process, at the end)'),
    fig('scale_disk_mb', diskMb, 'MB', 'notebook folder'),
    fig('scale_build_s', writtenS + cachesS, 's', 'setup: files written, caches built'),
  ];
}
