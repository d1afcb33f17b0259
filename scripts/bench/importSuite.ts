import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { NotebookSession } from '../../electron/session/notebookSession';
import { dispatch } from '../../shared/contract/dispatch';
import type { ImportResult } from '../../shared/contract/results';
import { mapLimit } from '../../shared/text/mapLimit';
import { addFiles, fileDone, finish, progressLabel } from '../../renderer/import/batchProgress';
import { round, timeMs, type Figure } from './measure';
import { realPage } from './realPages';

/** Pages in the throughput run: 20 of each language the generator writes. */
const PAGES = 180;
const IN_FLIGHT = 4;
const FOLDER = 1000;

/** The peer's pool: as many threads as our parser pool has (one per core, at most four). */
class ReadabilityPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, (ok: boolean) => void>();
  private readonly busy: number[];
  private nextId = 1;

  constructor(size = Math.min(4, Math.max(1, availableParallelism()))) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./readabilityWorker.mjs', import.meta.url));
      worker.on('message', ({ id, ok }: { id: number; ok: boolean }) => {
        this.waiting.get(id)?.(ok);
        this.waiting.delete(id);
      });
      return worker;
    });
    this.busy = this.workers.map(() => 0);
  }

  parse(html: string): Promise<boolean> {
    const slot = this.busy.indexOf(Math.min(...this.busy));
    const id = this.nextId++;
    this.busy[slot] = (this.busy[slot] ?? 0) + 1;
    return new Promise<boolean>((resolve) => {
      this.waiting.set(id, (ok) => {
        this.busy[slot] = (this.busy[slot] ?? 1) - 1;
        resolve(ok);
      });
      this.workers[slot]?.postMessage({ id, html });
    });
  }

  close(): Promise<number[]> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * extract_pages_per_s on the realistic corpus (realPages.ts), against plain Readability.
 * Fair by construction: the same pages, the same number of threads (our parser pool's size),
 * the same four pages in flight; the peer only parses and runs Readability, while ours also
 * cleans, reads metadata and durably persists (originals, text, notebook.json, similarity),
 * so the ratio is conservative. Both are warmed up first (workers started, code loaded). The
 * peer runs half before ours and half after, so a change of machine load hits both alike.
 */
async function throughput(workDir: string): Promise<Figure[]> {
  const pages = Array.from({ length: PAGES }, (_, i) => realPage(i).html);
  const session = await NotebookSession.open({
    notebookDir: join(workDir, 'import-bench'),
    userDataDir: null,
  });
  const peer = new ReadabilityPool();
  const warm = Array.from({ length: 9 }, (_, i) => realPage(100_000 + i).html);
  await Promise.all(
    warm.map((html, i) => session.importBytes(`warm${i}.html`, Buffer.from(html)).catch(() => null)),
  );
  await Promise.all(warm.map((html) => peer.parse(html)));

  const half = Math.floor(PAGES / 2);
  let peerFailed = 0;
  const peerRun = (list: string[]) =>
    timeMs(() =>
      mapLimit(list, IN_FLIGHT, async (html) => {
        if (!(await peer.parse(html))) peerFailed++;
      }),
    );
  const peerMs1 = await peerRun(pages.slice(0, half));
  let failed = 0;
  const inputs = pages.map((html) => Buffer.from(html));
  const ms = await timeMs(() =>
    mapLimit(inputs, IN_FLIGHT, (bytes, i) =>
      session.importBytes(`page-${i}.html`, bytes).catch(() => failed++),
    ),
  );
  const peerMs = peerMs1 + (await peerRun(pages.slice(half)));
  await session.close();
  await peer.close();
  const ours = (PAGES / ms) * 1000;
  const theirs = (PAGES / peerMs) * 1000;
  return [
    {
      key: 'extract_pages_per_s',
      value: round(ours),
      unit: '/s',
      budget: '>= 100 (realistic pages, persisted)',
    },
    {
      key: 'extract_pages_per_s_peer_readability',
      value: round(theirs),
      unit: '/s',
      budget: 'plain Readability',
    },
    {
      key: 'extract_pages_per_s_ratio_readability',
      value: round(ours / theirs),
      unit: 'x',
      budget: '>= 0.8',
    },
    { key: 'extract_failed_pages', value: failed, unit: 'pages', budget: `of ${PAGES}: no article found` },
    { key: 'extract_failed_pages_peer_readability', value: peerFailed, unit: 'pages', budget: `of ${PAGES}` },
  ];
}

/**
 * import_folder_1000_s: a folder of 1,000 realistic pages through the path the page's import
 * queue takes (renderer/import/useFileQueue): one file at a time, base64 over the one contract
 * door (`dispatch` → `importFile`), progress kept with the page's own batch reducers and
 * printed every 100 files. Page generation is outside the clock.
 */
async function importFolder(workDir: string): Promise<Figure[]> {
  const session = await NotebookSession.open({
    notebookDir: join(workDir, 'folder-bench'),
    userDataDir: null,
  });
  let batch = addFiles(null, FOLDER);
  let ms = 0;
  for (let i = 0; i < FOLDER; i++) {
    const html = realPage(10_000 + i).html;
    const name = `page-${i}.html`;
    batch = { ...batch, current: name };
    const began = performance.now();
    const outcome = await dispatch(session.handlers, 'importFile', {
      fileName: name,
      dataBase64: Buffer.from(html).toString('base64'),
    });
    const result = outcome.ok ? (outcome.result as ImportResult) : null;
    batch = fileDone(batch, result ? (result.status === 'imported' ? 'imported' : 'duplicate') : 'failed');
    ms += performance.now() - began;
    if ((i + 1) % 100 === 0) process.stderr.write(`  import folder: ${progressLabel(batch)}\n`);
  }
  batch = finish(batch);
  await session.close();
  const { imported, failed } = batch.counts;
  return [
    {
      key: 'import_folder_1000_s',
      value: round(ms / 1000),
      unit: 's',
      budget: `one at a time, as the page does (${imported} imported, ${failed} failed)`,
    },
  ];
}

/** extract_pages_per_s and its Readability peer; import_folder_1000_s (issue 17, item 2). */
export async function importSuite(workDir: string): Promise<Figure[]> {
  return [...(await throughput(workDir)), ...(await importFolder(workDir))];
}
