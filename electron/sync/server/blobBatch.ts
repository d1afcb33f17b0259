import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  encodeEnd,
  encodeFrameHeader,
  encodeStart,
  FRAMES_CONTENT_TYPE,
  MAX_BATCH_BYTES,
  MAX_BATCH_HASHES,
} from '../../../shared/sync/blobFrames';
import { HttpRefusal, readBody } from './httpHelpers';
import type { ServerBlobs } from './serverStores';

const HEX = /^[0-9a-f]{64}$/;
/** A request body of MAX_BATCH_HASHES hashes as JSON, with room for spacing; anything bigger is refused unread. */
const MAX_REQUEST_BYTES = MAX_BATCH_HASHES * 72 + 1024;

/** The hashes a batch request asks for, checked: a list of distinct content hashes within the cap. */
async function askedHashes(request: IncomingMessage): Promise<string[]> {
  const body = await readBody(request, MAX_REQUEST_BYTES).catch((error: unknown) => {
    if (error instanceof HttpRefusal && error.status === 413)
      throw new HttpRefusal(413, `At most ${MAX_BATCH_HASHES} files per request.`);
    throw error;
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpRefusal(400, 'The request is not JSON.');
  }
  const hashes = (parsed as { hashes?: unknown } | null)?.hashes;
  if (!Array.isArray(hashes) || !hashes.every((h) => typeof h === 'string' && HEX.test(h)))
    throw new HttpRefusal(400, 'Expected { "hashes": [SHA-256, …] }.');
  if (hashes.length > MAX_BATCH_HASHES)
    throw new HttpRefusal(413, `At most ${MAX_BATCH_HASHES} files per request.`);
  if (new Set(hashes).size !== hashes.length) throw new HttpRefusal(400, 'A hash is asked for twice.');
  return hashes as string[];
}

/** Writes with backpressure: waits for the socket to drain (or close) before the next blob is read. */
function write(response: ServerResponse, chunk: Uint8Array): Promise<void> {
  if (response.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

/**
 * `POST /blobs/<nb>/batch` (docs/sync.md, "The server"): many blobs in one framed response
 * (`shared/sync/blobFrames.ts`). One blob is held at a time; a missing or damaged one is answered
 * `missing`, and once the response holds MAX_BATCH_BYTES the rest are `deferred` (asked again).
 * The caller has checked the token: editors and reviewers may both read.
 */
export async function batchDownload(
  blobs: ServerBlobs,
  nb: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const hashes = await askedHashes(request);
  response.writeHead(200, { 'Content-Type': FRAMES_CONTENT_TYPE, 'Cache-Control': 'no-store' });
  await write(response, encodeStart());
  let sent = 0;
  let found = 0;
  let full = false;
  for (const sha of hashes) {
    if (response.destroyed) return;
    if (full) {
      await write(response, encodeFrameHeader(sha, 'deferred'));
      continue;
    }
    const size = await blobs.size(nb, sha);
    if (size === null) {
      await write(response, encodeFrameHeader(sha, 'missing'));
      continue;
    }
    // The first blob always goes, so every response makes progress; the reader checks the same rule.
    if (found > 0 && sent + size > MAX_BATCH_BYTES) {
      full = true;
      await write(response, encodeFrameHeader(sha, 'deferred'));
      continue;
    }
    const bytes = await blobs.get(nb, sha).catch(() => null);
    if (bytes === null || bytes.length !== size) {
      await write(response, encodeFrameHeader(sha, 'missing'));
      continue;
    }
    await write(response, encodeFrameHeader(sha, 'found', bytes.length));
    await write(response, bytes);
    sent += bytes.length;
    found++;
  }
  response.end(encodeEnd());
}
