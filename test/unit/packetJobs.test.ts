import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PacketJob } from '../../shared/contract';
import { NotebookSession } from '../../electron/session/notebookSession';
import { tempDir } from './helpers/tempDir';

async function finished(session: NotebookSession, job: PacketJob): Promise<PacketJob> {
  let view = job;
  while (view.state === 'running') {
    await new Promise((r) => setImmediate(r));
    view = await session.handlers.getPacketJob({ id: job.id });
  }
  return view;
}

describe('packet jobs through the contract', () => {
  it('exports, verifies and imports a packet into another notebook; search sees the imported source', async () => {
    const from = await NotebookSession.open({ notebookDir: join(await tempDir(), 'a'), userDataDir: null });
    await from.importText(
      'Grain convoy report\n\nA grain convoy reached the port of Izmail after a two-day delay at the border crossing.',
    );
    const exported = await finished(
      from,
      await from.handlers.startPacketExport({ includeConfidential: false }),
    );
    expect(exported).toMatchObject({ state: 'done', exported: { counts: { sources: 1 } } });
    const file = await from.handlers.readPacketExport({ id: exported.id });
    expect(file.fileName).toMatch(/\.zip$/);
    expect(await from.handlers.verifyPacketFile(file)).toMatchObject({
      ok: true,
      altered: [],
      missing: [],
      extra: [],
    });
    await from.close();

    const into = await NotebookSession.open({ notebookDir: join(await tempDir(), 'b'), userDataDir: null });
    const imported = await finished(into, await into.handlers.startPacketImport(file));
    expect(imported).toMatchObject({ state: 'done', imported: { added: { sources: 1 } } });
    const hits = await into.handlers.search({ query: 'izmail', limit: 5 });
    expect(hits.total).toBeGreaterThan(0);
    const again = await finished(into, await into.handlers.startPacketImport(file));
    expect(again.imported?.unchanged).toBe(true);
    await into.close();
  });

  it('reports a damaged packet as a failed job and changes nothing', async () => {
    const session = await NotebookSession.open({
      notebookDir: join(await tempDir(), 'c'),
      userDataDir: null,
    });
    const job = await finished(
      session,
      await session.handlers.startPacketImport({
        fileName: 'x.zip',
        dataBase64: Buffer.from('not a zip').toString('base64'),
      }),
    );
    expect(job.state).toBe('failed');
    expect(job.error).toBeTruthy();
    expect(session.notebook.sources()).toEqual([]);
    await session.close();
  });
});
