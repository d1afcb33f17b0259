import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { crc32 } from 'node:zlib';
import { ChangeLog, applyChange } from '../../electron/search/changeLog';
import { SearchFolder } from '../../electron/search/searchFolder';
import { SearchIndex } from '../../electron/search/SearchIndex';
import { decodeSegment } from '../../electron/search/segmentFile';
import { sha256Hex } from '../../electron/store/blobStore';
import { CleanClose } from '../../electron/store/cleanClose';
import { migrate } from '../../electron/store/migrations';
import { NOTEBOOK_FILE, NotebookStore } from '../../electron/store/notebookStore';
import { NotebookSession } from '../../electron/session/notebookSession';
import { snapshotNotebook } from '../../electron/search/searchDocs';
import { notebookFileSchema } from '../../shared/model';
import { MemoryIndex } from '../../shared/search';

/** Wall-clock spans of one cold open, each step run alone (ms). */
export type ColdOpenParts = Record<string, number>;

const span = async <T>(parts: ColdOpenParts, key: string, work: () => Promise<T> | T): Promise<T> => {
  const start = performance.now();
  const out = await work();
  parts[key] = (parts[key] ?? 0) + performance.now() - start;
  return out;
};

/**
 * Where a cold open of a notebook goes (issue 17, item 3), in a fresh process: the steps of
 * `NotebookSession.open` plus the first search, run one after another (in the app the notebook
 * and the index are read at the same time, so the real total is less than the sum). Read-only:
 * the shard fingerprints are read, not taken, so the notebook opens as before afterwards.
 */
export async function coldOpenPartsProbe(dir: string): Promise<void> {
  const warm = await NotebookSession.open({
    notebookDir: join(dir, '..', 'warm-up-parts'),
    userDataDir: null,
  });
  await warm.handlers.search({ query: 'warm', limit: 10 });
  await warm.close();
  const parts: ColdOpenParts = {};
  const text = await span(parts, 'notebook_read', () => readFile(join(dir, NOTEBOOK_FILE), 'utf8'));
  const raw = await span(parts, 'notebook_json_parse', () => JSON.parse(text) as unknown);
  // After a clean close the digest replaces the validation (and the stamps below are not compared).
  const digest = await span(parts, 'notebook_sha256', () => sha256Hex(text));
  parts.clean_close_vouched = Number((await new CleanClose(dir).read()) === digest);
  await span(parts, 'notebook_validate', () => notebookFileSchema.safeParse(migrate(raw).doc));
  const store = await span(parts, 'store_open_total', () => NotebookStore.open(dir, { create: false }));
  // The first validation above ran cold (zod's code not yet optimised), the store's own warm:
  // the rest of the store's open is its total less a warm parse and validation.
  const warmParse: ColdOpenParts = {};
  const again = await span(warmParse, 'parse', () => JSON.parse(text) as unknown);
  await span(warmParse, 'validate', () => notebookFileSchema.safeParse(migrate(again).doc));
  parts.store_open_rest =
    (parts.store_open_total ?? 0) -
    (parts.notebook_read ?? 0) -
    (warmParse.parse ?? 0) -
    (warmParse.validate ?? 0);
  const folder = new SearchFolder(join(dir, 'search'));
  const manifest = await folder.readManifest();
  if (typeof manifest === 'string') throw new Error(`the bench index is ${manifest}`);
  const bytes = await span(parts, 'segment_read', () => readFile(folder.segmentPath(manifest.generation)));
  await span(parts, 'segment_crc32', () => crc32(bytes.subarray(12)));
  const segment = await span(parts, 'segment_decode_incl_crc32', () => decodeSegment(bytes));
  const mem = await span(parts, 'segment_to_memory_index', () => new MemoryIndex(segment));
  await span(parts, 'change_log_replay', async () => {
    const { log, ops } = await ChangeLog.open(folder.logPath(manifest.generation));
    for (const op of ops) applyChange(mem, op);
    await log.close();
  });
  const index = await span(parts, 'search_index_open_total', () =>
    SearchIndex.open({ dir: join(dir, 'search'), allDocs: () => [] }),
  );
  const prints = await span(parts, 'shard_fingerprints', async () => {
    await readFile(join(dir, 'search', 'highlight-shards.json'), 'utf8').catch(() => '');
    return store.highlights.fingerprints();
  });
  const snapshot = await span(parts, 'stamps_snapshot', () =>
    snapshotNotebook(store, new Set<string>(), index),
  );
  await span(parts, 'stamps_compare', () => {
    let stale = 0;
    for (const [id, stamp] of snapshot.stamps) if (index.stampOf(id) !== stamp) stale++;
    for (const meta of index.metas()) if (!snapshot.stamps.has(meta.id) && !snapshot.keep(meta)) stale++;
    return stale + prints.size;
  });
  await span(parts, 'first_query', () => index.search('harbour budget'));
  await index.close();
  await store.close();
  console.log(JSON.stringify(parts));
}
