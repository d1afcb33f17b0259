// Main's own changes to an open shared note (a citation from the reader, a restored revision) and
// the editor's typing take turns on the note's doc, so neither is lost (docs/architecture.md,
// "Co-editing a note"). No server: the notebook is shared but offline, as on a train.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NotebookSession } from '../../../electron/session/notebookSession';
import { writeSyncConfig } from '../../../electron/sync/client/syncState';
import { collectCitations } from '../../../shared/notes/collectCitations';
import { decodeNoteUpdate, encodeNoteUpdate } from '../../../shared/sync/noteCollab';
import { writeNoteFragment } from '../../../shared/sync/noteFragment';
import { tempDir } from '../helpers/tempDir';
import { articleWithHighlight, noteText, paragraphs } from './syncHelpers';

const open: NotebookSession[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A shared notebook (its server unreachable) with a source, a highlight and a note, opened live. */
async function sharedOffline() {
  const dir = join(await tempDir(), 'nb');
  const first = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  const { sourceId, highlight } = await articleWithHighlight(first);
  const note = await first.handlers.createNote({ title: 'Draft' });
  await first.handlers.saveNote({ id: note.id, doc: paragraphs('The port deal.'), allowEmpty: false });
  await first.close();
  await writeSyncConfig(dir, {
    version: 1,
    server: 'http://127.0.0.1:9',
    notebookId: 'nb-offline',
    token: 'token',
    role: 'editor',
    member: 'Ann',
  });
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null, liveSync: true });
  open.push(session);
  return { h: session.handlers, sourceId, highlightId: highlight.id, noteId: note.id };
}

/** The editor's replica of the note, and a way to send what was typed in it since it opened. */
async function editorOf(h: NotebookSession['handlers'], noteId: string) {
  const opened = await h.openNoteReplica({ id: noteId });
  if (!opened.shared) throw new Error('the note should be shared');
  const replica = new Y.Doc();
  Y.applyUpdate(replica, decodeNoteUpdate(opened.state), 'main');
  const base = Y.encodeStateVector(replica);
  return {
    replica,
    push: () =>
      h.pushNoteUpdate({ id: noteId, update: encodeNoteUpdate(Y.encodeStateAsUpdate(replica, base)) }),
  };
}

describe('main’s changes to an open shared note', () => {
  it('a citation added while the editor holds unsent typing: both are in the stored note', async () => {
    const { h, sourceId, highlightId, noteId } = await sharedOffline();
    const editor = await editorOf(h, noteId);
    writeNoteFragment(editor.replica, paragraphs('The port deal.', 'Ann typed this.'));
    // Both asked at once: the push takes the notebook's turn right after the citation, before any
    // sync cycle could copy the citation into the doc.
    await Promise.all([
      h.citeInNote({ id: noteId, sourceId, highlightId, asQuotation: false }),
      editor.push(),
    ]);
    const { doc } = await h.getNote({ id: noteId });
    expect(noteText(doc)).toContain('Ann typed this.');
    expect(collectCitations(doc).map((c) => c.highlightId)).toEqual([highlightId]);
  });

  it('a restored revision replaces the note through its doc; typing sent after it is kept', async () => {
    const { h, noteId } = await sharedOffline();
    await h.saveNote({ id: noteId, doc: paragraphs('Second version.'), allowEmpty: false });
    await h.snapshotNote({ id: noteId, reason: 'manual' });
    const [revision] = await h.listRevisions({ id: noteId });
    await h.saveNote({ id: noteId, doc: paragraphs('Third version.'), allowEmpty: false });
    const editor = await editorOf(h, noteId);
    writeNoteFragment(editor.replica, paragraphs('Third version.', 'Ann typed this.'));
    const [restored] = await Promise.all([
      h.restoreRevision({ id: noteId, revisionId: revision!.id }),
      editor.push(),
    ]);
    expect(noteText(restored.doc)).toBe('Second version.');
    const text = noteText((await h.getNote({ id: noteId })).doc);
    expect(text).toContain('Second version.');
    expect(text).toContain('Ann typed this.');
  });
});
