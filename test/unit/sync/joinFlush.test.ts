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
  vi.restoreAllMocks();
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

  it('fails on a cut-short batch of files, with the source list unchanged; joining again works', async () => {
    const server = await startServer();
    servers.push(server);
    const a = join(await tempDir(), 'a');
    const b = join(await tempDir(), 'b');
    const id = await withSession(a, async (s) => (await s.importText(ARTICLE)).sourceId);
    const invitations = await shareNotebook(a, server.url, 'ann');
    const realFetch = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const response = await realFetch(input, init);
      if (!(input as string).endsWith('/batch')) return response;
      const bytes = new Uint8Array(await response.arrayBuffer());
      return new Response(bytes.subarray(0, bytes.length - 3), { headers: response.headers });
    });
    await expect(joinNotebook(b, invitations.editor, 'bob')).rejects.toThrow(/damaged batch of files/);
    expect(flushes).toEqual([]);
    expect(await withSession(b, (s) => s.handlers.listSources({}))).toEqual([]);
    spy.mockRestore();
    await joinNotebook(b, invitations.editor, 'bob');
    await withSession(b, async (s) =>
      expect((await s.handlers.getSource({ id })).text).toContain('40-year lease'),
    );
  });
});
