import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotebookSession } from '../../electron/session/notebookSession';
import type { DocNode } from '../../shared/model';
import { addPlainSource, highlightWords } from './helpers/addPlainSource';

const CHROME = 'Sign up for our newsletter to get the latest news from your district.';
const ARTICLE =
  'Election night in the district.\n\nTurnout rose 20 points compared with the last vote, officials said.';
const WORDS = 'Turnout rose 20 points';

let dir: string;
let session: NotebookSession;
let sourceId: string;
let highlightId: string;

const text = (t: string): DocNode => ({ type: 'text', text: t });
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const cite = (): DocNode => ({ type: 'citation', attrs: { sourceId, highlightId, locator: null } });

async function noteWith(title: string, ...paragraphs: DocNode[]): Promise<string> {
  const note = await session.handlers.createNote({ title });
  await session.handlers.saveNote({
    id: note.id,
    allowEmpty: false,
    doc: { type: 'doc', content: paragraphs },
  });
  return note.id;
}

const problemsOf = async (ids: string[]) =>
  Object.fromEntries(
    (await session.handlers.noteQuoteProblems({ noteIds: ids })).map((p) => [p.noteId, p.problems]),
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-note-problems-'));
  session = await NotebookSession.open({ notebookDir: join(dir, 'nb'), userDataDir: null });
  ({ sourceId } = await addPlainSource(session.notebook, {
    title: 'Election night',
    text: ARTICLE,
    removed: [CHROME],
  }));
  highlightId = (await highlightWords(session.handlers, sourceId, ARTICLE, WORDS)).id;
});
afterAll(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('open quote problems per note, for the note list', () => {
  it('counts what the quote check reports as a problem, note by note', async () => {
    const clean = await noteWith('Clean', para(text('They said “Turnout rose 20 points” '), cite()));
    const two = await noteWith(
      'Two problems',
      para(text('They said “Turnout rose 19 points” '), cite()),
      para(text('A mayor said “we will build the bridge next year” on the radio.')),
    );
    const empty = await noteWith('No quotes', para(text('Nothing quoted here.')));
    expect(await problemsOf([clean, two, empty])).toEqual({ [clean]: 0, [two]: 2, [empty]: 0 });
    // The same as "Check quotes" says for the note.
    const report = await session.handlers.checkNoteQuotes({ noteId: two });
    expect(report.findings.filter((f) => f.status !== 'exact')).toHaveLength(2);
  });

  it('follows an edit of the note', async () => {
    const id = await noteWith('Edited', para(text('They said “Turnout rose 19 points” '), cite()));
    expect(await problemsOf([id])).toEqual({ [id]: 1 });
    await session.handlers.saveNote({
      id,
      allowEmpty: false,
      doc: { type: 'doc', content: [para(text('They said “Turnout rose 20 points” '), cite())] },
    });
    expect(await problemsOf([id])).toEqual({ [id]: 0 });
  });

  it('follows a change to a cited source: a cited block marked as not part of the article, then restored', async () => {
    const id = await noteWith('Cites the turnout', para(text('They said “Turnout rose 20 points” '), cite()));
    expect(await problemsOf([id])).toEqual({ [id]: 0 });
    const at = ARTICLE.indexOf(WORDS);
    const { removedIndex } = await session.handlers.markNotPartOfArticle({
      id: sourceId,
      start: at,
      end: at + 5,
    });
    expect(await problemsOf([id])).toEqual({ [id]: 1 });
    await session.handlers.restoreRemovedBlock({ id: sourceId, index: removedIndex, at: 'original' });
    expect(await problemsOf([id])).toEqual({ [id]: 0 });
  });

  it('leaves out trashed and unknown notes', async () => {
    const id = await noteWith('Trashed', para(text('They said “Turnout rose 19 points” '), cite()));
    await session.handlers.trashNote({ id });
    const unknown = '01890a5d-ac96-774b-bcce-b302099a8057';
    expect(await session.handlers.noteQuoteProblems({ noteIds: [id, unknown] })).toEqual([]);
  });
});
