import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Exchange } from '../../../electron/sync/client/exchange';
import { joinNotebook, shareNotebook } from '../../../electron/sync/client/shareJoin';
import { syncOnce } from '../../../electron/sync/client/syncCycle';
import { readSyncConfig } from '../../../electron/sync/client/syncState';
import type { RunningServer } from '../../../electron/sync/server/startServer';
import { docName } from '../../../shared/sync/docNames';
import { parseInvitation } from '../../../shared/sync/invitation';
import { tempDir } from '../helpers/tempDir';
import { nextRefusal, noteText, paragraphs, startServer, withSession } from './syncHelpers';

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

async function sharedWithNote() {
  const server = await startServer();
  servers.push(server);
  const a = join(await tempDir(), 'a');
  const noteId = await withSession(a, async (s) => {
    const note = await s.handlers.createNote({ title: 'Draft' });
    await s.handlers.saveNote({ id: note.id, doc: paragraphs('Editor text.'), allowEmpty: false });
    return note.id;
  });
  const invitations = await shareNotebook(a, server.url, 'ann');
  return { server, a, noteId, invitations };
}

describe('roles', () => {
  it('a reviewer’s change to a note is refused by the server and reported; the note is unchanged', async () => {
    const { a, noteId, invitations } = await sharedWithNote();
    const r = join(await tempDir(), 'r');
    await joinNotebook(r, invitations.reviewer, 'rita');
    // Straight to the server, as a modified client would: the server drops it and says so.
    const config = await readSyncConfig(r);
    if (!config) throw new Error('not joined');
    const doc = new Y.Doc();
    const exchange = new Exchange(config);
    try {
      exchange.add(docName(config.notebookId, 'note', noteId), doc);
      await exchange.settled();
      const refused = nextRefusal(exchange);
      doc.getXmlFragment('default').insert(0, [new Y.XmlText('Reviewer text.')]);
      await refused;
    } finally {
      exchange.close();
    }
    // Through the app: the reviewer's local edit is counted as refused and never sent.
    await withSession(r, (s) =>
      s.handlers.saveNote({ id: noteId, doc: paragraphs('Reviewer rewrote it.'), allowEmpty: false }),
    );
    expect((await syncOnce(r)).refused).toBeGreaterThan(0);
    await syncOnce(a);
    const text = await withSession(a, async (s) => noteText((await s.handlers.getNote({ id: noteId })).doc));
    expect(text).toBe('Editor text.');
  });

  it('a wrong or revoked invitation gets nothing, and the folder stays unshared', async () => {
    const { server, invitations } = await sharedWithNote();
    const editor = parseInvitation(invitations.editor);
    if (!editor) throw new Error('bad invitation');
    await server.tokens.revoke(editor.token);
    const b = join(await tempDir(), 'b');
    await expect(joinNotebook(b, invitations.editor, 'bob')).rejects.toThrow(/refused/);
    expect(await readSyncConfig(b)).toBeNull();
  });

  it('an unreachable server is said to be unreachable', async () => {
    const { server, a } = await sharedWithNote();
    await server.stop();
    servers.length = 0;
    await expect(syncOnce(a)).rejects.toThrow(/cannot be reached/);
  });
});
