import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookSession } from '../../electron/session/notebookSession';
import { tempDir } from './helpers/tempDir';

const STORY =
  'Pokrovsk front report\n\nMilitary officials said on Tuesday that fighting continued on the outskirts of Pokrovsk, while the other side claimed the town had been taken.';

const kindsOf = (result: { groups: Array<{ kind: string; hits: Array<{ id: string }> }> }) =>
  result.groups.flatMap((g) => g.hits.map((h) => `${g.kind}:${h.id}`));

describe('search wired to the notebook', () => {
  it('reflects added, edited and deleted sources, highlights and notes in the next search', async () => {
    const dir = join(await tempDir(), 'nb');
    const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
    const h = session.handlers;
    const { sourceId } = await session.importText(STORY);
    expect(kindsOf(await h.search({ query: 'pokrovsk', limit: 10 }))).toContain(`source:${sourceId}`);

    const { text } = await h.getSource({ id: sourceId });
    const start = text.indexOf('the town had been taken');
    const hl = await h.createHighlight({
      sourceId,
      start,
      end: start + 23,
      color: 1,
      comment: 'disputed by officials',
      tags: [],
      entityIds: [],
    });
    expect(kindsOf(await h.search({ query: 'disputed', limit: 10 }))).toEqual([`highlight:${hl.id}`]);
    await h.updateHighlight({ id: hl.id, comment: 'contested claim' });
    expect(kindsOf(await h.search({ query: 'disputed', limit: 10 }))).toEqual([]);

    const note = await h.createNote({ title: 'Draft on the front' });
    await h.saveNote({
      id: note.id,
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Marinka remains unclear' }] }],
      },
      allowEmpty: false,
    });
    expect(kindsOf(await h.search({ query: 'marinka', limit: 10 }))).toEqual([`note:${note.id}`]);
    await h.trashNote({ id: note.id });
    expect(kindsOf(await h.search({ query: 'marinka', limit: 10 }))).toEqual([]);

    await h.deleteSource({ id: sourceId });
    expect(kindsOf(await h.search({ query: 'pokrovsk', kinds: ['source'], limit: 10 }))).toEqual([]);
    await session.close();
  });

  it('rebuilds a missing index from the notebook', async () => {
    const dir = join(await tempDir(), 'nb');
    const first = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
    const { sourceId } = await first.importText(STORY);
    await first.handlers.search({ query: 'pokrovsk', limit: 5 });
    await first.close();
    await rm(join(dir, 'search'), { recursive: true, force: true });
    const second = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
    const result = await second.handlers.search({ query: 'pokrovsk', limit: 5 });
    expect(kindsOf(result)).toContain(`source:${sourceId}`);
    await second.close();
  });
});
