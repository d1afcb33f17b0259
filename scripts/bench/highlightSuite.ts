import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotebookSession } from '../../electron/session/notebookSession';
import { newId } from '../../shared/ids';
import type { Highlight } from '../../shared/model';
import { probeInChild } from './childProbe';
import type { ColdOpenParts } from './coldOpenParts';
import { syntheticArticle } from './corpus';
import { buildNotebook } from './foundationSuite';
import { LowdbPeer } from './lowdbPeer';
import { scanSearch } from './scanSearch';
import { percentile, round, timeMs, type Figure } from './measure';

/** Where the cold-open peer's one-file copy of the notebook is written, beside the notebook. */
const oneFileOf = (dir: string) => `${dir}.onefile.json`;

const HIGHLIGHTS = 50_000;
const SOURCES = 10_000;

/** Plants highlights straight into the shards (the bench measures saves, not setup). */
export async function plantHighlights(session: NotebookSession, count = HIGHLIGHTS): Promise<void> {
  const store = session.notebook;
  const sources = store.sources();
  const now = new Date().toISOString();
  const bySource = new Map<string, Highlight[]>();
  for (let i = 0; i < count; i++) {
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
  peerJson: number;
}

/** The same notebook as a one-file app keeps it: metadata, every highlight and every text. */
interface OneFileNotebook {
  sources: Array<{ id: string; title: string; textSha256: string }>;
  highlights: unknown[];
  texts: Record<string, string>;
}

/**
 * The cold-open peer: reads the notebook as one JSON file (JSON.parse, no validation) and
 * answers the same first query the only way a file without an index can, by scanning every
 * text (lower-cased once, as it must be after a cold start), with snippets for the ten best.
 * The scan is warmed up on a tiny input first, as our probe opens a tiny notebook first.
 */
async function oneFileColdOpen(path: string): Promise<number> {
  scanSearch(['warm harbour budget'], ['Warm harbour budget'], 'harbour budget');
  let found = 0;
  const ms = await timeMs(async () => {
    const file = JSON.parse(await readFile(path, 'utf8')) as OneFileNotebook;
    const texts = file.sources.map((s) => file.texts[s.textSha256] ?? '');
    found = scanSearch(
      texts.map((t) => t.toLowerCase()),
      texts,
      'harbour budget',
    );
  });
  if (found === 0) throw new Error('the one-file peer found nothing');
  return ms;
}

/** Writes the cold-open peer's one-file copy (see oneFileColdOpen). */
async function writeOneFile(session: NotebookSession, path: string): Promise<void> {
  const store = session.notebook;
  const texts: Record<string, string> = {};
  for (const { source, text } of await store.allTexts()) texts[source.textSha256] = text;
  const file = { ...store.data, highlights: await store.highlights.all(), texts };
  await writeFile(path, JSON.stringify(file));
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
  const peerJson = await oneFileColdOpen(oneFileOf(dir));
  console.log(JSON.stringify({ coldOpen, updates, rss, peerJson } satisfies NotebookProbe));
}

/** highlight_save_p95_ms and entity_page_ms (issue 4) on 10,000 sources and 50,000 highlights. */
export async function highlightSuite(workDir: string): Promise<Figure[]> {
  const dir = join(workDir, 'notebook-10k');
  await buildNotebook(dir, SOURCES, 700);
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null, create: false });
  await plantHighlights(session);
  const h = session.handlers;
  const sources = session.notebook.sources();

  // The peer: lowdb's own JSON file adapter holding the whole notebook (metadata and every
  // highlight) in one file, written whole on each save, as a lowdb app does. It does not fsync
  // (ours does, twice), so the ratio is conservative. Each save of ours is followed or preceded
  // (alternately) by one of the peer's, so both see the same load. The peer runs in its own
  // process (see LowdbPeer), so its garbage is not collected inside our saves.
  const peerFile = join(workDir, 'lowdb-peer.json');
  await writeFile(
    peerFile,
    JSON.stringify({ ...session.notebook.data, highlights: await session.notebook.highlights.all() }),
  );
  const lowdb = await LowdbPeer.start(peerFile);
  const saves: number[] = [];
  const peerSaves: number[] = [];
  for (let i = 0; i < 50; i++) {
    const source = sources[(i * 197) % sources.length];
    if (!source) continue;
    const ours = () =>
      timeMs(() =>
        h.createHighlight({
          sourceId: source.id,
          start: 10,
          end: 40,
          color: 2,
          comment: '',
          tags: [],
          entityIds: [],
        }),
      );
    const peer = () => {
      const now = new Date().toISOString();
      return lowdb.save({
        id: newId(),
        createdAt: now,
        updatedAt: now,
        sourceId: source.id,
        color: 2,
        comment: '',
        tags: [],
        entityIds: [],
        quote: { type: 'TextQuoteSelector', exact: 'Article', prefix: '', suffix: ' ' },
        position: { type: 'TextPositionSelector', start: 10, end: 40 },
        confidential: false,
      });
    };
    if (i % 2) {
      saves.push(await ours());
      peerSaves.push(await peer());
    } else {
      peerSaves.push(await peer());
      saves.push(await ours());
    }
  }

  lowdb.stop();

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
  await writeOneFile(session, oneFileOf(dir));
  await session.close();
  const probe = await probeInChild<NotebookProbe>(import.meta.url, 'notebookSearchProbe', dir);
  const parts = await probeInChild<ColdOpenParts>(
    new URL('./coldOpenParts.ts', import.meta.url).href,
    'coldOpenPartsProbe',
    dir,
  );
  const partFigures = Object.entries(parts).map(([name, ms]) => ({
    key: `cold_open_part_${name}_ms`,
    value: round(ms),
    unit: 'ms',
    budget: 'one step of the open, run alone',
  }));
  const save = percentile(saves, 95);
  const peerSave = percentile(peerSaves, 95);
  return [
    { key: 'highlight_save_p95_ms', value: round(save), unit: 'ms', budget: '<= 20' },
    {
      key: 'highlight_save_p95_ms_peer_lowdb',
      value: round(peerSave),
      unit: 'ms',
      budget: 'one whole-notebook file',
    },
    { key: 'highlight_save_p95_ms_ratio_lowdb', value: round(peerSave / save), unit: 'x', budget: '>= 10' },
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
      budget: '<= 800 (10k sources, 50k highlights)',
    },
    {
      key: 'notebook_cold_open_to_search_ms_peer_json',
      value: round(probe.peerJson),
      unit: 'ms',
      budget: 'one JSON file with the texts, parsed and scanned',
    },
    {
      key: 'notebook_cold_open_to_search_ms_ratio_json',
      value: round(probe.peerJson / probe.coldOpen),
      unit: 'x',
      budget: '> 1 = we are faster',
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
    ...partFigures,
  ];
}
