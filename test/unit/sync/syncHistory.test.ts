import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalDocs } from '../../../electron/sync/client/localDocs';
import { recordInfo } from '../../../electron/sync/client/recordInfo';
import { joinNotebook, shareNotebook } from '../../../electron/sync/client/shareJoin';
import { syncOnce } from '../../../electron/sync/client/syncCycle';
import { readSyncConfig } from '../../../electron/sync/client/syncState';
import type { RunningServer } from '../../../electron/sync/server/startServer';
import type { DocNode } from '../../../shared/model';
import { changesOfRecord, knownIds } from '../../../shared/sync/recordDoc';
import { tempDir } from '../helpers/tempDir';
import { highlightWords } from '../helpers/addPlainSource';
import { ARTICLE, startServer, withSession } from './syncHelpers';

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

const WORDS = '40-year lease';

/** Ann's notebook: one source, one highlight, one note quoting it correctly; Bob joins as an editor. */
async function sharedWithQuote() {
  const server = await startServer();
  servers.push(server);
  const a = join(await tempDir(), 'a');
  const setup = await withSession(a, async (s) => {
    const { sourceId } = await s.importText(ARTICLE);
    const { text } = await s.handlers.getSource({ id: sourceId });
    const highlight = await highlightWords(s.handlers, sourceId, text, WORDS);
    const note = await s.handlers.createNote({ title: 'Draft' });
    const doc: DocNode & { type: 'doc' } = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: `The authority signed a “${WORDS}” ` },
            { type: 'citation', attrs: { sourceId, highlightId: highlight.id, locator: null } },
          ],
        },
      ],
    };
    await s.handlers.saveNote({ id: note.id, doc, allowEmpty: false });
    const [problems] = await s.handlers.noteQuoteProblems({ noteIds: [note.id] });
    return { sourceId, highlightId: highlight.id, noteId: note.id, problemsBefore: problems?.problems };
  });
  const invitations = await shareNotebook(a, server.url, 'ann');
  const b = join(await tempDir(), 'b');
  await joinNotebook(b, invitations.editor, 'bob');
  return { a, b, ...setup };
}

describe('nothing hidden', () => {
  it('the same source title set by two people: the last wins, the other is in its history with who and when', async () => {
    const { a, b, sourceId } = await sharedWithQuote();
    await withSession(b, (s) => s.handlers.updateSourceMetadata({ id: sourceId, title: 'Bob’s title' }));
    await withSession(a, (s) => s.handlers.updateSourceMetadata({ id: sourceId, title: 'Ann’s title' }));
    await syncOnce(b);
    await syncOnce(a);
    await syncOnce(b);
    for (const dir of [a, b])
      await withSession(dir, (s) =>
        Promise.resolve(expect(s.notebook.find('sources', sourceId)?.title).toBe('Ann’s title')),
      );
    const info = await recordInfo(b, 'sources', sourceId);
    expect(info?.last?.by).toBe('ann');
    const earlier = info?.history.find((h) => h.field === 'title' && h.value === 'Bob’s title');
    expect(earlier?.by).toBe('bob');
    expect(Date.parse(earlier?.at ?? '')).not.toBeNaN();
  });

  it('every change in the shared records carries its author', async () => {
    const { a, b, sourceId } = await sharedWithQuote();
    await withSession(b, (s) =>
      s.handlers.createClaim({
        statement: 'Signed in March',
        claimantId: null,
        status: 'unverified',
        evidence: [],
      }),
    );
    await syncOnce(b);
    await syncOnce(a);
    const config = await readSyncConfig(a);
    const docs = new LocalDocs(a, config?.notebookId ?? '');
    try {
      const authors = new Set<string>();
      const nb = await docs.open('notebook');
      for (const kind of ['sources', 'entities', 'claims', 'notes'])
        for (const id of knownIds(nb, kind)) for (const c of changesOfRecord(nb, kind, id)) authors.add(c.by);
      const hl = await docs.open('highlights', sourceId);
      for (const id of knownIds(hl, 'highlights'))
        for (const c of changesOfRecord(hl, 'highlights', id)) authors.add(c.by);
      expect([...authors].sort()).toEqual(['ann', 'bob']);
    } finally {
      await docs.close();
    }
  });

  it('a cited highlight deleted by another member: the notes citing it are checked again, and the citation shows broken', async () => {
    const { a, b, highlightId, noteId, problemsBefore } = await sharedWithQuote();
    expect(problemsBefore).toBe(0);
    const other = await withSession(a, (s) => s.handlers.createNote({ title: 'Cites nothing' }));
    await syncOnce(a);
    await syncOnce(b);
    await withSession(b, (s) => s.handlers.deleteHighlight({ id: highlightId }));
    await syncOnce(b);
    const report = await syncOnce(a);
    // Exactly the notes citing the changed source, through the counts the note list reads.
    expect(report.quotesRechecked.map((n) => n.noteId)).toEqual([noteId]);
    expect(report.quotesRechecked.map((n) => n.noteId)).not.toContain(other.id);
    await withSession(a, async (s) => {
      const [listed] = await s.handlers.noteQuoteProblems({ noteIds: [noteId] });
      expect(listed).toEqual(report.quotesRechecked[0]);
      const { findings } = await s.handlers.checkNoteQuotes({ noteId });
      expect(findings.map((f) => f.missing)).toEqual([true]);
    });
  });
});
