import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../shared/model';
import { UNTITLED_NOTE } from '../../shared/notes/noteFacts';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { NotebookSession } from '../session/notebookSession';

const cite = (sourceId: string, highlightId: string | null): DocNode => ({
  type: 'citation',
  attrs: { sourceId, highlightId, locator: null },
});
const doc = (...content: DocNode[]): DocNode & { type: 'doc' } => ({
  type: 'doc',
  content: [{ type: 'paragraph', content }],
});

describe('note handlers', () => {
  it('keeps what a note cites, each id once, in notebook.json after a save and after a restore', async () => {
    const session = await NotebookSession.open({
      notebookDir: join(await tempDir(), 'nb'),
      userDataDir: null,
    });
    const h = session.handlers;
    const { sourceId } = await h.importText({ text: 'Ferry fares\n\nThe ferry company raised fares again.' });
    const highlight = await h.createHighlight({
      sourceId,
      start: 13,
      end: 30,
      color: 1,
      comment: '',
      tags: [],
      entityIds: [],
    });
    const note = await h.createNote({ title: '' });
    expect(note.title).toBe(UNTITLED_NOTE);
    const first = doc(
      { type: 'text', text: 'Fares up ' },
      cite(sourceId, highlight.id),
      cite(sourceId, highlight.id),
    );
    const saved = await h.saveNote({ id: note.id, doc: first, allowEmpty: false });
    expect(saved).toMatchObject({
      wordCount: 2,
      citedHighlightIds: [highlight.id],
      citedSourceIds: [sourceId],
    });
    await h.snapshotNote({ id: note.id, reason: 'manual' });
    await h.saveNote({
      id: note.id,
      doc: doc({ type: 'text', text: 'Rewritten without citations' }),
      allowEmpty: false,
    });
    expect(session.notebook.find('notes', note.id)?.citedSourceIds).toEqual([]);
    const [revision] = await h.listRevisions({ id: note.id });
    const restored = await h.restoreRevision({ id: note.id, revisionId: revision!.id });
    expect(restored.note).toMatchObject({ citedHighlightIds: [highlight.id], citedSourceIds: [sourceId] });
    expect(session.notebook.find('notes', note.id)).toEqual(restored.note);
  });
});
