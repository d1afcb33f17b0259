import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import type { DocNode, NoteRevision } from '../../shared/model';
import { NoteFiles } from './noteFiles';

const doc = (text: string): DocNode & { type: 'doc' } => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const revision = (createdAt: string, text: string): NoteRevision => ({
  id: newId(),
  createdAt,
  reason: 'interval',
  wordCount: text.split(' ').length,
  doc: doc(text),
});

let dir: string;
let notes: NoteFiles;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-notes-'));
  notes = new NoteFiles(join(dir, 'notes'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('NoteFiles (note bodies and revisions)', () => {
  it('gives back the body it wrote, and an empty document for a note never saved', async () => {
    const id = newId();
    expect((await notes.readBody(id)).doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    await notes.writeBody({
      version: 1,
      noteId: id,
      savedAt: '2026-01-02T10:00:00.000Z',
      doc: doc('Draft one'),
    });
    expect((await notes.readBody(id)).doc).toEqual(doc('Draft one'));
  });

  it.each([
    ['not JSON', '{"version": 1,'],
    ['the wrong shape', '{"version": 2}'],
  ])('refuses a body file that is %s as damaged', async (_name, content) => {
    const id = newId();
    await mkdir(join(dir, 'notes'), { recursive: true });
    await writeFile(join(dir, 'notes', `${id}.json`), content);
    await expect(notes.readBody(id)).rejects.toMatchObject({ code: 'NOTEBOOK_DAMAGED' });
  });

  it('lists revisions newest first without their documents, skipping a damaged one', async () => {
    const id = newId();
    const older = revision('2026-01-01T09:00:00.000Z', 'First words');
    const newer = revision('2026-01-03T09:00:00.000Z', 'Later words here');
    await notes.addRevision(id, older);
    await notes.addRevision(id, newer);
    await writeFile(join(dir, 'notes', `${id}.revisions`, `${newId()}.json`), 'not json');
    const listed = await notes.listRevisions(id);
    expect(listed.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(listed[0]).not.toHaveProperty('doc');
    expect((await notes.readRevision(id, older.id)).doc).toEqual(doc('First words'));
  });

  it.each([
    { name: 'a missing revision', read: () => notes.readRevision(newId(), newId()), code: 'NOT_FOUND' },
    { name: 'a path as note id', read: () => notes.readBody('../notebook'), code: 'INVALID_INPUT' },
    {
      name: 'a path as revision id',
      read: () => notes.readRevision(newId(), '../../x'),
      code: 'INVALID_INPUT',
    },
  ])('refuses $name with $code', async ({ read, code }) => {
    await expect(read()).rejects.toMatchObject({ code });
  });
});
