import { describe, expect, it } from 'vitest';
import { callNames, contract, dispatch, type Handlers } from './index';

const ID = '01890a5d-ac96-774b-bcce-b302099a8057';

/** For every call: payloads that must be refused at the edge. */
const malformed: Record<(typeof callNames)[number], unknown[]> = {
  getNotebookInfo: [null, 'x', 42, [], { extra: 1 }],
  chooseNotebookFolder: [null, 'x', [], { path: '/x' }],
  openNotebook: [
    {},
    { path: '' },
    { path: '   ' },
    { path: 7 },
    { path: 'a'.repeat(5000) },
    { path: '/x', more: 1 },
    { path: '/tmp/a\u0000b' },
    { path: 'relative/folder' },
  ],
  createNotebook: [
    { path: '/x' },
    { path: '..\\..\\x', name: 'n' },
    { path: '/tmp/../etc', name: 'n' },
    { path: 'C:\\notes\\..\\x', name: 'n' },
    { path: '/tmp/line\nbreak', name: 'n' },
    { path: '/tmp/broken\ud800', name: 'n' },
    { path: '/x', name: '' },
    { name: 'n' },
    { path: '/x', name: 'n'.repeat(201) },
  ],
  listSources: [null, [], { sort: 'title' }],
  getSource: [{}, { id: 'not-an-id' }, { id: 42 }, { id: `${ID}x` }, { id: ID, x: 1 }],
  importFile: [
    {},
    { fileName: 'a.txt' },
    { fileName: '', dataBase64: 'QQ==' },
    { fileName: 'a.txt', dataBase64: 'not base64!' },
    { fileName: 'a.txt', dataBase64: 12 },
    { fileName: 'a.txt', dataBase64: 'QQ==', path: '/etc/passwd' },
  ],
  importText: [{}, { text: 5 }, { text: 'ok', title: 9 }, { text: 'x'.repeat(10 * 1024 * 1024 + 1) }],
  importHtml: [{}, { html: '' }, { html: 5 }, { html: '<p>x</p>', title: 3 }],
  importUrl: [
    {},
    { url: 'file:///etc/passwd' },
    { url: 'javascript:alert(1)' },
    { url: 'ftp://x.example/a' },
    { url: 'http://' },
    { url: 7 },
  ],
  deleteSource: [{}, { id: '' }, { id: '../../etc' }],
  getSourceDetails: [{}, { id: 'x' }],
  updateSourceMetadata: [
    {},
    { id: ID, title: '' },
    { id: ID, publishedAt: 'last Tuesday' },
    { id: ID, url: 'javascript:alert(1)' },
    { id: ID, authors: [''] },
    { id: ID, textSha256: 'a'.repeat(64) },
  ],
  restoreRemovedBlock: [{ id: ID }, { id: ID, index: -1, at: 'end' }, { id: ID, index: 0, at: 'middle' }],
  compareSources: [{}, { leftId: ID }, { leftId: ID, rightId: ID }],
  listHighlights: [{}, { sourceId: 'x' }],
  createHighlight: [
    { sourceId: ID },
    { sourceId: ID, start: 5, end: 5 },
    { sourceId: ID, start: 9, end: 3 },
    { sourceId: ID, start: -1, end: 3 },
    { sourceId: ID, start: 0, end: 3, color: 6 },
    { sourceId: ID, start: 0, end: 3, color: 0 },
    { sourceId: ID, start: 0.5, end: 3 },
    { sourceId: ID, start: 0, end: 3, entityIds: ['nope'] },
    { sourceId: ID, start: 0, end: 3, tags: [''] },
  ],
  updateHighlight: [{}, { id: ID, color: 9 }, { id: ID, comment: 5 }, { id: ID, sourceId: ID }],
  deleteHighlight: [{}, { id: 1 }],
  restoreHighlight: [{}, { highlight: { id: ID } }],
  listEntities: [{ all: true }],
  createEntity: [
    {},
    { type: 'person' },
    { type: 'alien', name: 'X' },
    { type: 'person', name: '   ' },
    { type: 'person', name: 'A', aliases: [''] },
  ],
  updateEntity: [{}, { id: ID, type: 'robot' }, { id: ID, name: '' }],
  mergeEntities: [{}, { keepId: ID }, { keepId: ID, mergeId: ID }],
  deleteEntity: [{}, { id: 'x' }],
  getEntityPage: [{}, { id: ID, mentionLimit: 0 }, { id: ID, mentionLimit: 'all' }],
  suggestEntities: [{}, { sourceId: 3 }],
  rejectSuggestion: [{}, { name: '' }, { name: 4 }],
  listClaims: [{ status: 'true' }, { entityId: 'x' }],
  createClaim: [
    {},
    { statement: '' },
    { statement: 'x', status: 'maybe' },
    { statement: 'x', evidence: [{ highlightId: ID, stance: 'agrees' }] },
  ],
  updateClaim: [{}, { id: ID, status: 'true' }, { id: ID, statement: '' }],
  addEvidence: [{}, { claimId: ID, highlightId: ID }, { claimId: ID, highlightId: ID, stance: 'likes' }],
  removeEvidence: [{}, { claimId: ID }],
  deleteClaim: [{}, { id: null }],
  listNotes: [{ trashed: 'yes' }, null],
  createNote: [{ title: 5 }, { title: 'x'.repeat(301) }, { body: {} }],
  renameNote: [{}, { id: ID }, { id: 'x', title: 't' }],
  getNote: [{}, { id: 'x' }],
  saveNote: [
    { id: ID },
    { id: ID, doc: {} },
    { id: ID, doc: { type: 'paragraph' } },
    { id: ID, doc: { type: 'doc', content: [{ text: 'no type' }] } },
    { id: ID, doc: { type: 'doc', content: 'text' } },
  ],
  citeInNote: [
    { id: ID, sourceId: ID },
    { id: ID, sourceId: 'x', highlightId: null },
    { id: ID, sourceId: ID, highlightId: null, quote: 'typed in the renderer' },
    { id: ID, sourceId: ID, highlightId: ID, asQuotation: 'yes' },
  ],
  trashNote: [{}],
  restoreNote: [{ id: 1 }],
  snapshotNote: [{ id: ID }, { id: ID, reason: 'whenever' }],
  listRevisions: [{}],
  getRevision: [{ id: ID }, { id: ID, revisionId: '../x' }],
  restoreRevision: [{ id: ID }],
  resolveCitations: [
    {},
    { targets: [{ sourceId: 'x', highlightId: null, locator: null }] },
    { targets: 'all' },
  ],
  citingNotes: [{}, { sourceId: '' }],
  searchCitables: [{}, { query: 1 }, { query: 'x', limit: 0 }],
  startPacketExport: [{ noteIds: ['x'] }, { tag: '' }, { includeConfidential: 'yes' }],
  startPacketImport: [{}, { fileName: 'p.zip' }, { fileName: 'p.zip', dataBase64: '%%' }],
  getPacketJob: [{}, { id: 'job' }],
  readPacketExport: [{}],
  verifyPacketFile: [{ dataBase64: 'QQ==' }],
  markNotPartOfArticle: [
    {},
    { id: ID, start: 5, end: 5 },
    { id: ID, start: -1, end: 3 },
    { id: 'x', start: 0, end: 1 },
  ],
  getSigningKey: [null, [], { notebookId: 'x' }],
  checkNoteQuotes: [{}, { noteId: 'x' }, { noteId: ID, more: 1 }],
  noteQuoteProblems: [{}, { noteIds: ['x'] }, { noteIds: ID }],
  checkDraftQuotes: [
    {},
    { fileName: 'draft.exe', dataBase64: 'QQ==' },
    { fileName: 'draft.md', dataBase64: 'not base64!' },
    { fileName: 'draft.md' },
  ],
  search: [
    {},
    { query: 3 },
    { query: 'x', kinds: ['tweet'] },
    { query: 'x', dateFrom: 'yesterday' },
    { query: 'x', limit: 1000 },
  ],
  getClaimsBoard: [null, { rating: 'gossip' }, { status: 'true' }, { entityId: 'x' }],
  createQuestion: [{}, { text: '   ' }, { text: 'q', claimIds: ['x'] }, { text: 'q', answers: [''] }],
  updateQuestion: [{ id: ID }, { id: 'x', text: 'q' }],
  addAnswer: [
    { questionId: ID },
    { questionId: ID, claimId: ID, text: 'both' },
    { questionId: 'x', text: 'a' },
  ],
  removeAnswer: [{ questionId: ID }, { questionId: ID, answerId: 'x' }],
  deleteQuestion: [{}, { id: 'x' }],
  listSourceRatings: [null, { sourceIds: ['x'] }],
  rateSource: [{ sourceId: ID }, { sourceId: ID, rating: 'gossip' }, { sourceId: 'x', rating: null }],
  rateOutlet: [{ site: '', rating: 'wire' }, { site: 'x', rating: 'gossip' }, { rating: 'wire' }],
  getTimeline: [null, { entityId: 'x' }, { tag: '' }, { more: 1 }],
  shareNotebook: [{}, { server: 'ftp://x' }, { server: 'http://a b' }, { server: 'http://x', more: 1 }],
  joinSharedNotebook: [
    { invitation: 'x' },
    { invitation: '', path: '/tmp/x' },
    { invitation: 'x', path: 'relative' },
  ],
  getSyncStatus: [null, { more: 1 }],
  getRecordChanges: [{ kind: 'claims' }, { kind: 'tweets', ids: ['a'] }, { kind: 'claims', ids: ['../x'] }],
  openNoteReplica: [{}, { id: '../x' }],
  pushNoteUpdate: [{ id: 'n1' }, { id: 'n1', update: 'not base64!' }, { id: 'n1', update: 5 }],
  pullNoteUpdate: [{ id: 'n1' }, { id: 'n1', stateVector: '<script>' }],
  exchangeNoteCarets: [
    { id: 'n1' },
    { id: 'n1', caret: { anchor: {}, head: { item: { client: -1, clock: 0 } } } },
    { id: 'n1', caret: { anchor: {}, head: {}, script: 'x' } },
    { id: 'n1', caret: null, leaving: 'yes' },
  ],
};

describe('contract input schemas', () => {
  it('covers every call', () => {
    expect(Object.keys(contract).sort()).toEqual([...callNames].sort());
    expect(Object.keys(malformed).sort()).toEqual([...callNames].sort());
  });

  for (const name of callNames) {
    for (const [i, payload] of malformed[name].entries()) {
      it(`${name} rejects malformed payload #${i + 1}`, () => {
        expect(contract[name].input.safeParse(payload).success).toBe(false);
      });
    }
  }

  it('accepts well-formed payloads', () => {
    expect(contract.getSource.input.safeParse({ id: ID }).success).toBe(true);
    expect(contract.importFile.input.safeParse({ fileName: 'a.txt', dataBase64: 'QUJD' }).success).toBe(true);
    expect(contract.importText.input.safeParse({ text: 'hello' }).success).toBe(true);
  });
});

describe('dispatch', () => {
  const handlers = {
    getSource: () => Promise.reject(new Error('disk on fire')),
    listSources: () => Promise.resolve([]),
  } as unknown as Handlers;

  it('validates before calling and reports invalid input in words', async () => {
    const outcome = await dispatch(handlers, 'getSource', { id: 'nope' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!outcome.ok) expect(outcome.error.message).toMatch(/^The request was not understood \(id\)/);
  });

  it('refuses unknown calls', async () => {
    expect(await dispatch(handlers, 'deleteEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CALL' },
    });
  });

  it('turns thrown errors into the one serialisable shape', async () => {
    const outcome = await dispatch(handlers, 'getSource', { id: ID });
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside the app: disk on fire' },
    });
    expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
  });

  it('passes results through', async () => {
    expect(await dispatch(handlers, 'listSources', {})).toEqual({ ok: true, result: [] });
  });
});
