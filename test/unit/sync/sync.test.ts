import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { joinNotebook, shareNotebook } from '../../../electron/sync/client/shareJoin';
import { syncOnce } from '../../../electron/sync/client/syncCycle';
import type { RunningServer } from '../../../electron/sync/server/startServer';
import { retryWhileAddressInUse } from '../../support/addressInUse';
import { tempDir } from '../helpers/tempDir';
import { articleWithHighlight, noteText, paragraphs, startServer, withSession } from './syncHelpers';

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

async function sharedPair() {
  const server = await startServer();
  servers.push(server);
  const a = join(await tempDir(), 'a');
  const b = join(await tempDir(), 'b');
  const setup = await withSession(a, async (s) => {
    const { sourceId, highlight } = await articleWithHighlight(s);
    const claim = await s.handlers.createClaim({
      statement: 'The lease runs 40 years',
      claimantId: null,
      status: 'unverified',
      evidence: [],
    });
    const note = await s.handlers.createNote({ title: 'Draft' });
    await s.handlers.saveNote({ id: note.id, doc: paragraphs('The port deal.'), allowEmpty: false });
    return { sourceId, highlightId: highlight.id, claimId: claim.id, noteId: note.id };
  });
  const invitations = await shareNotebook(a, server.url, 'ann');
  await joinNotebook(b, invitations.editor, 'bob');
  return { server, a, b, invitations, ...setup };
}

describe('shared notebooks through a Hocuspocus server', () => {
  it('a joining notebook receives sources with their texts, highlights, claims and notes', async () => {
    const { b, sourceId, highlightId, claimId, noteId } = await sharedPair();
    await withSession(b, async (s) => {
      expect((await s.handlers.getSource({ id: sourceId })).text).toContain('40-year lease');
      expect(s.notebook.find('claims', claimId)?.statement).toBe('The lease runs 40 years');
      const highlights = await s.notebook.highlights.forGroup(sourceId);
      expect(highlights.map((h) => h.id)).toEqual([highlightId]);
      expect(noteText((await s.handlers.getNote({ id: noteId })).doc)).toBe('The port deal.');
    });
  });

  it('keeps both people’s text when they edit the same note between exchanges', async () => {
    const { a, b, noteId } = await sharedPair();
    await withSession(a, (s) =>
      s.handlers.saveNote({
        id: noteId,
        doc: paragraphs('The port deal.', 'Ann: lease signed in March.'),
        allowEmpty: false,
      }),
    );
    await withSession(b, (s) =>
      s.handlers.saveNote({
        id: noteId,
        doc: paragraphs('Bob: council not consulted.', 'The port deal.'),
        allowEmpty: false,
      }),
    );
    await syncOnce(a);
    await syncOnce(b);
    await syncOnce(a);
    for (const dir of [a, b]) {
      const text = await withSession(dir, async (s) =>
        noteText((await s.handlers.getNote({ id: noteId })).doc),
      );
      expect(text).toContain('Ann: lease signed in March.');
      expect(text).toContain('Bob: council not consulted.');
    }
  });

  it('merges edits made while the server was down; the overwritten claim status stays in history', async () => {
    const { server, a, b, claimId, noteId, sourceId } = await sharedPair();
    const dataDir = server.dataDir;
    await server.stop();
    servers.splice(servers.indexOf(server), 1);
    await withSession(b, async (s) => {
      await s.handlers.updateClaim({ id: claimId, status: 'disputed' });
      await s.handlers.saveNote({
        id: noteId,
        doc: paragraphs('The port deal.', 'Written offline by Bob.'),
        allowEmpty: false,
      });
      const { text } = await s.handlers.getSource({ id: sourceId });
      const start = text.indexOf('not consulted');
      await s.handlers.createHighlight({
        sourceId,
        start,
        end: start + 13,
        color: 2,
        comment: '',
        tags: [],
        entityIds: [],
      });
    });
    await expect(syncOnce(b)).rejects.toThrow(/cannot be reached/);
    await withSession(a, (s) => s.handlers.updateClaim({ id: claimId, status: 'supported' }));
    // On its old address (the notebooks know it), which another process may hold for a moment.
    servers.push(await retryWhileAddressInUse(() => startServer(dataDir, server.port)));
    await syncOnce(b);
    await syncOnce(a);
    await syncOnce(b);
    for (const dir of [a, b]) {
      await withSession(dir, async (s) => {
        expect(s.notebook.find('claims', claimId)?.status).toBe('supported');
        expect(await s.notebook.highlights.forGroup(sourceId)).toHaveLength(2);
        expect(noteText((await s.handlers.getNote({ id: noteId })).doc)).toContain('Written offline by Bob.');
      });
    }
    const { claimHistory } = await import('../../../electron/sync/client/recordInfo');
    const history = await claimHistory(a, claimId);
    expect(history).toContainEqual(
      expect.objectContaining({ field: 'status', value: 'disputed', by: 'bob' }),
    );
  });
});
