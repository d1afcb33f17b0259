import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { Exchange } from '../../../electron/sync/client/exchange';
import type { SyncConfig } from '../../../electron/sync/client/syncState';
import { docName } from '../../../shared/sync/docNames';
import { freePort } from './redisHelper';

/** Far above any wait here: reaching it means the exchange waited for the server instead of ending. */
const LONG_MS = 90_000;

const config = (port: number): SyncConfig => ({
  version: 1,
  server: `http://127.0.0.1:${port}`,
  notebookId: 'nb-1',
  token: 'token',
  role: 'editor',
  member: 'Bob',
});

describe('Exchange with endOnClose (live cycles)', () => {
  it('ends as soon as its connection closes, so the cycle gives the notebook’s turn back', async () => {
    // Nothing listens on the port: the connection closes at once, as when the server stops mid-exchange.
    const exchange = new Exchange(config(await freePort()), LONG_MS, true);
    try {
      exchange.add(docName('nb-1', 'notebook'), new Y.Doc());
      await expect(exchange.settled()).rejects.toThrow(/closed mid-exchange/);
    } finally {
      exchange.close();
    }
  });
});
