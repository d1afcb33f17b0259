import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Exchange } from '../../../electron/sync/client/exchange';
import type { SyncConfig } from '../../../electron/sync/client/syncState';
import { docName } from '../../../shared/sync/docNames';
import { readRecords } from '../../../shared/sync/recordDoc';
import { tempDir } from '../helpers/tempDir';
import { startRedis } from './redisHelper';
import { claimsBothWays, startServer } from './syncHelpers';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of cleanup.splice(0).reverse()) await stop();
});

describe('two servers linked through Redis', () => {
  it('a client on each converges', async () => {
    const redis = await startRedis();
    cleanup.push(redis.stop);
    const one = await startServer(join(await tempDir('rn-srv-'), 'one'), 0, redis.url);
    cleanup.push(() => one.stop());
    const { notebookId, editor } = await one.tokens.createNotebook();
    // Servers behind one address share their token list (a shared volume); each keeps its own documents here.
    const twoDir = join(await tempDir('rn-srv-'), 'two');
    await mkdir(twoDir, { recursive: true });
    await copyFile(join(one.dataDir, 'tokens.json'), join(twoDir, 'tokens.json'));
    const two = await startServer(twoDir, 0, redis.url);
    cleanup.push(() => two.stop());

    const name = docName(notebookId, 'notebook');
    const config = (server: string): SyncConfig => ({
      version: 1,
      server,
      notebookId,
      token: editor,
      role: 'editor',
      member: 'x',
    });
    const [docA, docB] = [new Y.Doc(), new Y.Doc()];
    const [onOne, onTwo] = [new Exchange(config(one.url)), new Exchange(config(two.url))];
    cleanup.push(
      () => onOne.close(),
      () => onTwo.close(),
    );
    onOne.add(name, docA);
    onTwo.add(name, docB);
    await Promise.all([onOne.settled(), onTwo.settled()]);

    await claimsBothWays(docA, docB);
    await Promise.all([onOne.settled(), onTwo.settled()]);
    expect(Y.encodeStateVector(docA)).toEqual(Y.encodeStateVector(docB));
    expect([...readRecords(docA, 'claims').keys()].sort()).toEqual(['c-one', 'c-two']);
  });
});
