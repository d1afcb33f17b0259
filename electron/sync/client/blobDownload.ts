import { AppError } from '../../../shared/errors';
import type { Source } from '../../../shared/model';
import {
  BlobFrameDecoder,
  BlobFrameError,
  FRAMES_CONTENT_TYPE,
  MAX_BATCH_HASHES,
} from '../../../shared/sync/blobFrames';
import { mapLimit } from '../../../shared/text/mapLimit';
import { sha256Hex, type BlobStore } from '../../store/blobStore';
import type { NotebookStore } from '../../store/notebookStore';
import { blobsOf, blobUrl, request } from './blobTransfer';
import type { SyncConfig } from './syncState';

/** Batch requests in flight at once: enough to overlap a round trip with writing, few enough for a small server. */
const BATCHES_IN_FLIGHT = 3;
/** Blob writes in flight per batch response. */
const WRITES_IN_FLIGHT = 8;
/** Single GETs in flight, for a server without the batch endpoint (before it, the only way). */
const SINGLE_IN_FLIGHT = 8;

/** The stores each lacking hash goes into: one hash may be both a text and an original (a pasted text). */
type Wanted = Map<string, BlobStore[]>;

/** Writes one received blob into every store that lacks it. */
async function putInto(wanted: Wanted, sha: string, bytes: Uint8Array): Promise<void> {
  for (const into of wanted.get(sha) ?? []) await into.putInBatch(bytes);
}
/** What one batch answered: hashes the server lacks and hashes to ask again; 'unsupported' for an older server. */
type BatchResult = { missing: string[]; deferred: string[] } | 'unsupported';

/**
 * Runs `work` on every item, at most `limit` at once; after a failure no new item starts, and the
 * first failure is thrown only once every started item has ended (no write left running behind it).
 */
async function allOrFirstError<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let failure = null as { error: unknown } | null;
  await mapLimit(items, limit, async (item) => {
    if (failure) return;
    await work(item).catch((error: unknown) => {
      failure ??= { error };
    });
  });
  if (failure) throw failure.error;
}

/**
 * Reads one framed response, writing each blob (hash-checked by the decoder) as it completes. Up to
 * WRITES_IN_FLIGHT writes overlap (each fsyncs: one at a time left the disk idle); what they hold is
 * bounded by the response's byte budget. Every started write has ended before this returns or throws.
 */
async function readFrames(response: Response, hashes: string[], wanted: Wanted): Promise<BatchResult> {
  const decoder = new BlobFrameDecoder({ asked: hashes, hashOf: sha256Hex });
  const result = { missing: [] as string[], deferred: [] as string[] };
  const writing = new Set<Promise<unknown>>();
  let found = 0;
  let failure = null as { error: unknown } | null;
  const start = (sha: string, bytes: Uint8Array) => {
    const write = putInto(wanted, sha, bytes)
      .catch((error: unknown) => void (failure ??= { error }))
      .finally(() => writing.delete(write));
    writing.add(write);
  };
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      for (const frame of decoder.push(chunk)) {
        if (frame.status !== 'found') {
          result[frame.status].push(frame.sha);
          continue;
        }
        found++;
        start(frame.sha, frame.bytes);
        if (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
      }
      if (failure) break;
    }
    if (!failure) decoder.end();
  } catch (error) {
    failure ??= { error: readError(error) };
  }
  await Promise.all(writing);
  if (failure) throw failure.error;
  if (found === 0 && result.missing.length === 0 && hashes.length > 0)
    throw new AppError('IO_ERROR', 'The sync server deferred every file of a batch.');
  return result;
}

/** The reporter's words for a failed batch: a damaged stream, or a broken connection. */
function readError(error: unknown): unknown {
  if (error instanceof BlobFrameError)
    return new AppError('IO_ERROR', `The sync server sent a damaged batch of files: ${error.message}`);
  if (error instanceof AppError) return error;
  return new AppError('IO_ERROR', 'The connection to the sync server broke while downloading files.');
}

async function fetchBatch(config: SyncConfig, hashes: string[], wanted: Wanted): Promise<BatchResult> {
  const response = await request(blobUrl(config, 'batch'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${config.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ hashes }),
  });
  if (response.headers.get('content-type') === FRAMES_CONTENT_TYPE && response.ok)
    return readFrames(response, hashes, wanted);
  await response.body?.cancel();
  // An older server answers its greeting (200) or "not found" for a path it does not know.
  if (response.ok || response.status === 404 || response.status === 405) return 'unsupported';
  throw new AppError('IO_ERROR', `The sync server did not send the files (${response.status}).`);
}

/** One file by a single GET; false when the server lacks it or sends other bytes (untrusted). */
async function downloadOne(config: SyncConfig, sha: string, wanted: Wanted): Promise<boolean> {
  const response = await request(blobUrl(config, sha), {
    headers: { Authorization: `Bearer ${config.token}` },
  });
  if (response.status === 404) return false;
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!response.ok || sha256Hex(bytes) !== sha) return false;
  await putInto(wanted, sha, bytes);
  return true;
}

/** Asks for `pending` in batches until each is written or reported missing; false if the server has no batch endpoint. */
async function inBatches(config: SyncConfig, pending: Set<string>, wanted: Wanted, missing: Set<string>) {
  while (pending.size > 0) {
    const hashes = [...pending];
    const batches = Array.from({ length: Math.ceil(hashes.length / MAX_BATCH_HASHES) }, (_, i) =>
      hashes.slice(i * MAX_BATCH_HASHES, (i + 1) * MAX_BATCH_HASHES),
    );
    let unsupported = false;
    const deferred = new Set<string>();
    await allOrFirstError(batches, BATCHES_IN_FLIGHT, async (batch) => {
      if (unsupported) return;
      const result = await fetchBatch(config, batch, wanted);
      if (result === 'unsupported') return void (unsupported = true);
      for (const sha of result.missing) missing.add(sha);
      for (const sha of result.deferred) deferred.add(sha);
      for (const sha of batch) if (!deferred.has(sha)) pending.delete(sha);
    });
    if (unsupported) return false;
  }
  return true;
}

/**
 * Downloads the files these sources need that this notebook lacks, many per request (docs/sync.md,
 * "The server"), falling back to one GET per file for an older server. Returns the hashes the server
 * does not have. Written in a batch: the caller runs `flushDownloads` before the source list names
 * these files. A damaged or cut response throws; files already written from it are complete and
 * checked, and nothing names them.
 */
export async function downloadSourceFiles(
  config: SyncConfig,
  store: NotebookStore,
  sources: readonly Source[],
): Promise<Set<string>> {
  const needed = new Map<string, { sha: string; in: BlobStore }>();
  for (const source of sources) for (const b of blobsOf(store, source)) needed.set(b.in.pathOf(b.sha), b);
  const lacking = await mapLimit([...needed.values()], 16, async (b) => ((await b.in.has(b.sha)) ? null : b));
  const wanted: Wanted = new Map();
  for (const b of lacking) if (b) wanted.set(b.sha, [...(wanted.get(b.sha) ?? []), b.in]);
  const pending = new Set(wanted.keys());
  const missing = new Set<string>();
  if (await inBatches(config, pending, wanted, missing)) return missing;
  await allOrFirstError([...pending], SINGLE_IN_FLIGHT, async (sha) => {
    if (!(await downloadOne(config, sha, wanted))) missing.add(sha);
  });
  return missing;
}
