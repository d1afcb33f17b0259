import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../electron/store/blobStore';
import { fileBlobs } from '../../../electron/sync/server/serverStores';
import type { RunningServer } from '../../../electron/sync/server/startServer';
import {
  BlobFrameDecoder,
  FRAMES_CONTENT_TYPE,
  MAX_BATCH_BYTES,
  MAX_BATCH_HASHES,
  type Frame,
} from '../../../shared/sync/blobFrames';
import { startServer } from './syncHelpers';

const A = new TextEncoder().encode('a stored text');
const B = new TextEncoder().encode('a stored original');
const absent = sha256Hex('never uploaded');

let server: RunningServer;
let nb: { notebookId: string; editor: string; reviewer: string };
let other: { notebookId: string; editor: string; reviewer: string };
// A fresh server per test: the helper's temp folders are removed after each test.
beforeEach(async () => {
  server = await startServer();
  nb = await server.tokens.createNotebook();
  other = await server.tokens.createNotebook();
  const blobs = fileBlobs(server.dataDir);
  await blobs.put(nb.notebookId, A);
  await blobs.put(nb.notebookId, B);
});
afterEach(() => server.stop());

function ask(token: string | null, body: unknown, notebookId = nb.notebookId, method = 'POST') {
  return fetch(`${server.url}/blobs/${notebookId}/batch`, {
    method,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    body: method === 'POST' ? JSON.stringify(body) : undefined,
  });
}

async function frames(response: Response, asked: string[]): Promise<Frame[]> {
  expect(response.headers.get('content-type')).toBe(FRAMES_CONTENT_TYPE);
  const decoder = new BlobFrameDecoder({ asked, hashOf: sha256Hex });
  const out = decoder.push(new Uint8Array(await response.arrayBuffer()));
  decoder.end();
  return out;
}

describe('POST /blobs/<nb>/batch', () => {
  it.each(['editor', 'reviewer'] as const)(
    'gives an %s the files, and reports the missing one',
    async (role) => {
      const asked = [sha256Hex(A), absent, sha256Hex(B)];
      const response = await ask(nb[role], { hashes: asked });
      expect(response.status).toBe(200);
      expect(await frames(response, asked)).toEqual([
        { sha: sha256Hex(A), status: 'found', bytes: A },
        { sha: absent, status: 'missing' },
        { sha: sha256Hex(B), status: 'found', bytes: B },
      ]);
    },
  );

  it('gives nothing to no token, a wrong token, a revoked token or another notebook’s token', async () => {
    const hashes = [sha256Hex(A)];
    const revoked = await server.tokens.createNotebook();
    await server.tokens.revoke(revoked.reviewer);
    const cases: Array<[string | null, string, number]> = [
      [null, nb.notebookId, 401],
      ['not-a-token', nb.notebookId, 401],
      [revoked.reviewer, revoked.notebookId, 401],
      [other.editor, nb.notebookId, 403],
    ];
    for (const [token, notebookId, status] of cases) {
      const response = await ask(token, { hashes }, notebookId);
      expect(response.status).toBe(status);
      expect(await response.text()).not.toContain('a stored text');
    }
  });

  it('refuses more hashes than the cap, malformed lists and other methods, clearly', async () => {
    const many = Array.from({ length: MAX_BATCH_HASHES + 1 }, (_, i) => sha256Hex(String(i)));
    const cases: Array<[unknown, number, RegExp, string?]> = [
      [{ hashes: many }, 413, /At most 256 files/],
      [{ hashes: ['abc'] }, 400, /Expected/],
      [{ hashes: [absent, absent] }, 400, /twice/],
      [[absent], 400, /Expected/],
      [{ hashes: [absent] }, 405, /not allowed/, 'GET'],
    ];
    for (const [body, status, message, method] of cases) {
      const response = await ask(nb.editor, body, nb.notebookId, method);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
  });

  it('defers what does not fit in one response’s byte budget (the first file always goes)', async () => {
    const big = (fill: number) => new Uint8Array(MAX_BATCH_BYTES / 2 + 1).fill(fill);
    const [x, y] = [big(1), big(2)];
    await fileBlobs(server.dataDir).put(nb.notebookId, x);
    await fileBlobs(server.dataDir).put(nb.notebookId, y);
    const asked = [sha256Hex(x), sha256Hex(y), sha256Hex(A)];
    const answer = await frames(await ask(nb.reviewer, { hashes: asked }), asked);
    expect(answer.map((f) => f.status)).toEqual(['found', 'deferred', 'deferred']);
  });
});
