import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPacket } from '../../electron/packet/verifyPacket';
import { NotebookSession } from '../../electron/session/notebookSession';
import { dispatch } from '../../shared/contract';
import type { PacketJob } from '../../shared/contract';
import { tempDir } from './helpers/tempDir';

/*
 * Issue 14, item 1: a packet export runs off the request path. The call only starts a job; the
 * build (placing highlights, rendering, zipping, hashing, signing) runs in the export worker, and
 * every other call is answered while it runs. Ordering is asserted by state, not by the clock.
 */
describe('packet export in the export worker', () => {
  it('answers other calls while a signed packet is built, reports progress, and the packet verifies', async () => {
    const root = await tempDir('rn-export-worker-');
    const session = await NotebookSession.open({
      notebookDir: join(root, 'nb'),
      userDataDir: join(root, 'user'),
    });
    for (let i = 0; i < 5; i++) {
      await session.importText(
        `Ferry report ${i}\n\nThe harbour board met on day ${i} and approved the ferry terminal budget of ${i + 3} million.`,
      );
    }
    const note = await session.handlers.createNote({ title: 'Ferry budget' });
    const started = await session.handlers.startPacketExport({ includeConfidential: false });
    expect(started.state).toBe('running');

    const seen: PacketJob[] = [];
    const answeredWhileRunning: boolean[] = [];
    let view = started;
    while (view.state === 'running') {
      const listed = await dispatch(session.handlers, 'listSources', {});
      const notes = await dispatch(session.handlers, 'listNotes', {});
      expect(listed.ok && notes.ok).toBe(true);
      view = await session.handlers.getPacketJob({ id: started.id });
      answeredWhileRunning.push(view.state === 'running');
      seen.push(view);
      await new Promise((r) => setImmediate(r));
    }
    // The first calls were answered while the packet was still being written.
    expect(answeredWhileRunning[0]).toBe(true);
    expect(view).toMatchObject({
      state: 'done',
      phase: 'done',
      exported: { counts: { sources: 5, notes: 1 } },
    });
    expect(seen.some((v) => v.phase === 'starting' || v.phase === 'reading' || v.phase === 'sources')).toBe(
      true,
    );

    const file = await session.handlers.readPacketExport({ id: started.id });
    const path = join(root, file.fileName);
    await writeFile(path, Buffer.from(file.dataBase64, 'base64'));
    const check = await verifyPacket(path);
    expect(check.ok).toBe(true);
    expect(check.signature).toBeTruthy();
    expect(note.id).toBeTruthy();
    await session.close();
  });

  it('fails the job with the exporter’s words when the chosen note does not exist', async () => {
    const root = await tempDir('rn-export-worker-');
    const session = await NotebookSession.open({ notebookDir: join(root, 'nb'), userDataDir: null });
    let view = await session.handlers.startPacketExport({
      noteIds: ['01890a5d-ac96-774b-bcce-b302099a8057'],
      includeConfidential: false,
    });
    while (view.state === 'running') {
      await new Promise((r) => setImmediate(r));
      view = await session.handlers.getPacketJob({ id: view.id });
    }
    expect(view).toMatchObject({ state: 'failed', error: expect.stringMatching(/no note with the id/) });
    await session.close();
  });
});
