import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Exchange } from '../../../electron/sync/client/exchange';
import type { SyncConfig } from '../../../electron/sync/client/syncState';
import { sha256Hex } from '../../../electron/store/blobStore';
import { docName } from '../../../shared/sync/docNames';
import { readRecords } from '../../../shared/sync/recordDoc';
import { tempDir } from '../helpers/tempDir';
import { postgresBin, startPostgres } from './postgresHelper';
import { startRedis } from './redisHelper';
import { claimsBothWays, startServer } from './syncHelpers';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of cleanup.splice(0).reverse()) await stop();
});

const bin = postgresBin();
if (!bin)
  console.warn(
    'Skipping the PostgreSQL sync test: initdb and pg_ctl (Debian postgresql 15) are not installed.',
  );

async function serverOn(postgresUrl: string, redisUrl: string) {
  const server = await startServer(join(await tempDir('rn-srv-'), 'data'), 0, redisUrl, postgresUrl);
  cleanup.push(() => server.stop());
  return server;
}

function connect(server: string, notebookId: string, token: string, doc: Y.Doc): Exchange {
  const config: SyncConfig = { version: 1, server, notebookId, token, role: 'editor', member: 'x' };
  const exchange = new Exchange(config);
  cleanup.push(() => exchange.close());
  exchange.add(docName(notebookId, 'notebook'), doc);
  return exchange;
}

describe.skipIf(!bin)('two servers sharing PostgreSQL (and Redis)', () => {
  it('share invitations and files, converge, and a third server loads what both stored', async () => {
    const pg = await startPostgres(bin ?? '');
    cleanup.push(pg.stop);
    const redis = await startRedis();
    cleanup.push(redis.stop);
    const [one, two] = [await serverOn(pg.url, redis.url), await serverOn(pg.url, redis.url)];
    // Created on one, valid on two: the invitations live in the database, not in either folder.
    const { notebookId, editor } = await one.tokens.createNotebook();
    expect(await two.tokens.check(editor)).toEqual({ notebookId, role: 'editor' });

    const bytes = new TextEncoder().encode('An original file.');
    const sha = sha256Hex(bytes);
    const auth = { Authorization: `Bearer ${editor}` };
    const put = await fetch(`${one.url}/blobs/${notebookId}/${sha}`, {
      method: 'PUT',
      headers: auth,
      body: bytes,
    });
    expect(put.status).toBe(201);
    const got = await fetch(`${two.url}/blobs/${notebookId}/${sha}`, { headers: auth });
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(bytes);

    const [docA, docB] = [new Y.Doc(), new Y.Doc()];
    const [onOne, onTwo] = [
      connect(one.url, notebookId, editor, docA),
      connect(two.url, notebookId, editor, docB),
    ];
    await Promise.all([onOne.settled(), onTwo.settled()]);
    await claimsBothWays(docA, docB);
    await Promise.all([onOne.settled(), onTwo.settled()]);
    expect(Y.encodeStateVector(docA)).toEqual(Y.encodeStateVector(docB));

    // Everything stored: both servers stop, a fresh one (its own empty folder) serves the same state.
    for (const stop of cleanup.splice(2).reverse()) await stop();
    const three = await serverOn(pg.url, redis.url);
    const docC = new Y.Doc();
    await connect(three.url, notebookId, editor, docC).settled();
    expect([...readRecords(docC, 'claims').keys()].sort()).toEqual(['c-one', 'c-two']);
  });
});
