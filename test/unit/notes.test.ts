import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookSession } from '../../electron/session/notebookSession';
import type { DocNode } from '../../shared/model';
import { tempDir } from './helpers/tempDir';

const doc = (...content: DocNode[]): DocNode & { type: 'doc' } => ({ type: 'doc', content });
const para = (text: string, ...more: DocNode[]): DocNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }, ...more],
});

async function setup() {
  const dir = join(await tempDir(), 'nb');
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  const src = await session.importText(
    'Dam report\n\nThe dam holds 40 million cubic metres.\n\nRepairs start soon.',
  );
  const { text } = await session.handlers.getSource({ id: src.sourceId });
  const start = text.indexOf('40 million');
  const hl = await session.handlers.createHighlight({
    sourceId: src.sourceId,
    start,
    end: start + 10,
    color: 1,
    comment: '',
    tags: [],
    entityIds: [],
  });
  return { dir, session, h: session.handlers, sourceId: src.sourceId, hl };
}

describe('notes', () => {
  it('saves durably, indexes citations for backlinks, and survives reopening', async () => {
    const { dir, session, h, sourceId, hl } = await setup();
    const note = await h.createNote({ title: 'Draft' });
    const body = doc(
      para('It holds ', { type: 'citation', attrs: { sourceId, highlightId: hl.id, locator: null } }),
    );
    const saved = await h.saveNote({ id: note.id, doc: body, allowEmpty: false });
    expect(saved).toMatchObject({ citedHighlightIds: [hl.id], citedSourceIds: [sourceId], wordCount: 2 });
    expect(await h.citingNotes({ sourceId })).toEqual([
      { noteId: note.id, title: 'Draft', highlightIds: [hl.id] },
    ]);
    await session.close();
    const again = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
    expect((await again.handlers.getNote({ id: note.id })).doc).toEqual(body);
    await again.close();
  });

  it('never lets an empty document replace a full one unless confirmed', async () => {
    const { session, h } = await setup();
    const note = await h.createNote({ title: '' });
    await h.saveNote({ id: note.id, doc: doc(para('Important words')), allowEmpty: false });
    await expect(
      h.saveNote({ id: note.id, doc: doc({ type: 'paragraph' }), allowEmpty: false }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect((await h.getNote({ id: note.id })).doc).toEqual(doc(para('Important words')));
    await h.saveNote({ id: note.id, doc: doc({ type: 'paragraph' }), allowEmpty: true });
    await session.close();
  });

  it('resolves citations and marks a deleted highlight as broken', async () => {
    const { session, h, sourceId, hl } = await setup();
    const target = { sourceId, highlightId: hl.id, locator: null };
    expect(await h.resolveCitations({ targets: [target] })).toEqual([
      expect.objectContaining({ resolved: true, quote: '40 million', sourceTitle: 'Dam report' }),
    ]);
    await h.deleteHighlight({ id: hl.id });
    expect((await h.resolveCitations({ targets: [target] }))[0]).toMatchObject({
      resolved: false,
      quote: null,
    });
    await session.close();
  });

  it('keeps revisions on close and restores one, keeping the current text as a revision too', async () => {
    const { session, h } = await setup();
    const note = await h.createNote({ title: 'Rev' });
    await h.saveNote({ id: note.id, doc: doc(para('First version')), allowEmpty: false });
    expect(await h.snapshotNote({ id: note.id, reason: 'close' })).toEqual({ created: true });
    expect(await h.snapshotNote({ id: note.id, reason: 'close' })).toEqual({ created: false });
    await h.saveNote({ id: note.id, doc: doc(para('Second version')), allowEmpty: false });
    const [first] = await h.listRevisions({ id: note.id });
    const restored = await h.restoreRevision({ id: note.id, revisionId: first?.id ?? '' });
    expect(restored.doc).toEqual(doc(para('First version')));
    const revisions = await h.listRevisions({ id: note.id });
    expect(revisions.map((r) => r.reason)).toEqual(['restore', 'close']);
    expect((await h.getRevision({ id: note.id, revisionId: revisions[0]?.id ?? '' })).doc).toEqual(
      doc(para('Second version')),
    );
    await session.close();
  });

  it('trashes and restores notes', async () => {
    const { session, h } = await setup();
    const note = await h.createNote({ title: 'Bin me' });
    await h.trashNote({ id: note.id });
    expect(await h.listNotes({ trashed: false })).toEqual([]);
    expect((await h.listNotes({ trashed: true })).map((n) => n.id)).toEqual([note.id]);
    await h.restoreNote({ id: note.id });
    expect((await h.listNotes({ trashed: false })).map((n) => n.id)).toEqual([note.id]);
    await session.close();
  });

  it('cites into a note that is not open, quoting the highlight’s own text, durably', async () => {
    const { dir, session, h, sourceId, hl } = await setup();
    const note = await h.createNote({ title: 'Dam story' });
    await h.saveNote({ id: note.id, doc: doc(para('Capacity:')), allowEmpty: false });
    await h.citeInNote({ id: note.id, sourceId, highlightId: hl.id, asQuotation: true });
    const saved = await h.citeInNote({ id: note.id, sourceId, highlightId: null, asQuotation: false });
    expect(saved).toMatchObject({ citedHighlightIds: [hl.id], citedSourceIds: [sourceId] });
    await session.close();

    const again = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
    const { doc: stored } = await again.handlers.getNote({ id: note.id });
    const cite = (highlightId: string | null) => ({
      type: 'citation',
      attrs: { sourceId, highlightId, locator: null },
    });
    expect(stored.content?.slice(1)).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '“' },
          {
            type: 'text',
            text: '40 million',
            marks: [{ type: 'sourceQuote', attrs: { highlightId: hl.id, sourceId } }],
          },
          { type: 'text', text: '” ' },
          cite(hl.id),
        ],
      },
      { type: 'paragraph', content: [cite(null)] },
    ]);
    await again.close();
  });

  it('refuses to cite a highlight from another source, or into a trashed note, changing nothing', async () => {
    const { session, h, hl } = await setup();
    const other = await session.importText('Ferry report\n\nThe ferry runs twice a day.');
    const note = await h.createNote({ title: 'Dam story' });
    const before = (await h.getNote({ id: note.id })).doc;
    await expect(
      h.citeInNote({ id: note.id, sourceId: other.sourceId, highlightId: hl.id, asQuotation: false }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/highlight/) });
    await h.trashNote({ id: note.id });
    await expect(
      h.citeInNote({ id: note.id, sourceId: other.sourceId, highlightId: null, asQuotation: false }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/trash/) });
    expect((await h.getNote({ id: note.id })).doc).toEqual(before);
    await session.close();
  });
});
