import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotebookStore } from '../../../electron/store/notebookStore';
import { joinNotebook, shareNotebook } from '../../../electron/sync/client/shareJoin';
import type { RunningServer } from '../../../electron/sync/server/startServer';
import { tempDir } from '../helpers/tempDir';
import { ARTICLE, startServer, withSession } from './syncHelpers';

/** What the join's source list held each time the downloaded files' folders were fsynced. */
const flushes: number[] = [];
vi.mock('../../../electron/sync/client/blobTransfer', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/sync/client/blobTransfer')>();
  return {
    ...real,
    flushDownloads: async (store: NotebookStore) => {
      flushes.push(store.list('sources').length);
      await real.flushDownloads(store);
    },
  };
});

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
  flushes.splice(0);
});

describe('joining writes the downloaded files in one batch', () => {
  it('fsyncs their folders once, before the source list names them', async () => {
    const server = await startServer();
    servers.push(server);
    const a = join(await tempDir(), 'a');
    const b = join(await tempDir(), 'b');
    const ids = await withSession(a, async (s) => [
      (await s.importText(ARTICLE)).sourceId,
      (await s.importText(`${ARTICLE} A second article.`)).sourceId,
    ]);
    const invitations = await shareNotebook(a, server.url, 'ann');
    await joinNotebook(b, invitations.editor, 'bob');
    expect(flushes).toEqual([0]);
    await withSession(b, async (s) => {
      for (const id of ids) expect((await s.handlers.getSource({ id })).text).toContain('40-year lease');
    });
  });
});
