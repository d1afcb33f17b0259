import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { exportPacket } from '../../electron/packet/exportPacket';
import { readPacketEntries } from '../../electron/packet/verifyPacket';
import { NotebookSession } from '../../electron/session/notebookSession';
import { startWebHost, type WebHost } from '../../electron/web/webHost';
import { dispatch } from '../../shared/contract';
import { httpStatusOf } from '../../shared/errors';
import type { DocNode } from '../../shared/model';
import type { RecordsFile } from '../../shared/packet/recordsFile';
import { asRaw, rawZip, resign } from '../fixtures/packets/rawZip';
import { buildSampleNotebook, type SampleNotebook } from '../fixtures/packets/sampleNotebook';
import { snapshotFolder } from './helpers/snapshotFolder';

/*
 * Acceptance table for issue 14: bad input of every kind — API calls through dispatch, raw HTTP to the
 * web host, files given to `import`, packets given to `import-packet` — gets a clear, reporter-facing
 * refusal (a 4xx code or exit status 1; no stack, no raw errno text, not "something went wrong inside")
 * and leaves the notebook folder byte-identical: every file is hashed before and after, `.lock` and
 * `backups/` included (nothing is ignored; neither needs to change for a refused input).
 */
let root: string;
let nb: SampleNotebook;
let host: WebHost;
let cliNotebook: string;
let good: Map<string, Uint8Array>;
const ID = '01890a5d-ac96-774b-bcce-b302099a8057';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rn-bad-inputs-'));
  nb = await buildSampleNotebook(root);
  good = await readPacketEntries(
    (await exportPacket(nb.session, { out: join(root, 'good.zip'), includeConfidential: true })).path,
  );
  await Promise.all([nb.session.notebook.highlights.idle(), nb.session.notebook.similarity.idle()]);
  host = await startWebHost({
    handlers: nb.session.handlers,
    rendererDir: join(__dirname, '../fixtures/renderer'),
  });
  // A notebook for the command line (which opens it itself), opened once more so its caches are settled.
  cliNotebook = join(root, 'cli-nb');
  const cli = await NotebookSession.open({ notebookDir: cliNotebook, userDataDir: null });
  await cli.importText('Ferry news\n\nThe ferry runs twice a day from the old pier.');
  await cli.close();
  await runCli(['list', '--notebook', cliNotebook], () => undefined);
  await writeFile(join(root, 'a-file.txt'), 'not a folder');
  await mkdir(join(root, 'full-folder'));
  await writeFile(join(root, 'full-folder', 'photo.jpg'), 'x');
}, 60_000);
afterAll(async () => {
  await host.close();
  await nb.session.close();
  await rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

const snapshot = snapshotFolder;

/** A message a reporter can read: words, no stack trace, no Node error codes, no internal failure. */
function expectReporterFacing(message: string): void {
  expect(message.length).toBeGreaterThan(8);
  expect(message).not.toMatch(
    /\n\s+at |\bE[A-Z]{4,}\b|errno|syscall|inside the app|TypeError|RangeError|call stack|\[object /,
  );
}

// ---------------------------------------------------------------- API calls through dispatch
const text = (t: string, marks?: DocNode['marks']): DocNode => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
});
const docOf = (...content: DocNode[]) => ({ type: 'doc', content });
const linked = (href: string) =>
  docOf({ type: 'paragraph', content: [text('x', [{ type: 'link', attrs: { href } }])] });
function nested(levels: number): DocNode {
  let inner: DocNode = { type: 'paragraph', content: [text('deep')] };
  for (let i = 0; i < levels; i++) inner = { type: 'blockquote', content: [inner] };
  return docOf(inner);
}

type Input = () => unknown;
const apiCases: Array<[string, string, Input]> = [
  ['an unknown call', 'dropTables', () => ({})],
  ['input that is not an object', 'listSources', () => [1, 2]],
  ['an extra field', 'listSources', () => ({ sort: 'title' })],
  ['a __proto__ key', 'getSource', () => JSON.parse(`{"id":"${ID}","__proto__":{"x":1}}`)],
  ['a malformed id', 'getSource', () => ({ id: 'not-an-id' })],
  ['an id that is not there', 'getSource', () => ({ id: ID })],
  ['text that is not a string', 'importText', () => ({ text: 5 })],
  ['bad base64', 'importFile', () => ({ fileName: 'a.txt', dataBase64: 'not base64!' })],
  [
    'a file with a path field',
    'importFile',
    () => ({ fileName: 'a.txt', dataBase64: 'QQ==', path: '/etc/passwd' }),
  ],
  ['a file: URL', 'importUrl', () => ({ url: 'file:///etc/passwd' })],
  ['a javascript: URL', 'importUrl', () => ({ url: 'javascript:alert(1)' })],
  ['a relative folder', 'openNotebook', () => ({ path: 'notes/here' })],
  ['a folder path with NUL', 'openNotebook', () => ({ path: `${root}/a\u0000b` })],
  ['a folder path that is a file', 'openNotebook', () => ({ path: join(root, 'a-file.txt') })],
  ['a folder under a file', 'openNotebook', () => ({ path: join(root, 'a-file.txt', 'inside') })],
  ['a folder that does not exist', 'openNotebook', () => ({ path: join(root, 'nowhere') })],
  ['a folder that is not a notebook', 'openNotebook', () => ({ path: join(root, 'full-folder') })],
  ['a ..\\..\\ path', 'createNotebook', () => ({ path: '..\\..\\x', name: 'n' })],
  ['a /../ path', 'createNotebook', () => ({ path: `${root}/../x`, name: 'n' })],
  ['a newline in the path', 'createNotebook', () => ({ path: `${root}/new\nline`, name: 'n' })],
  ['a lone surrogate in the path', 'createNotebook', () => ({ path: `${root}/bad\ud800`, name: 'n' })],
  ['a non-empty folder', 'createNotebook', () => ({ path: join(root, 'full-folder'), name: 'n' })],
  ['a folder that is a file', 'createNotebook', () => ({ path: join(root, 'a-file.txt'), name: 'n' })],
  ['a folder inside a file', 'createNotebook', () => ({ path: join(root, 'a-file.txt', 'nb'), name: 'n' })],
  ['the open notebook again', 'createNotebook', () => ({ path: nb.session.notebook.dir, name: 'n' })],
  ['a note nested 1,000 deep', 'saveNote', () => ({ id: nb.ids.noteA, doc: nested(1_000) })],
  ['a note nested 100,000 deep', 'saveNote', () => ({ id: nb.ids.noteA, doc: nested(100_000) })],
  ['a javascript: link', 'saveNote', () => ({ id: nb.ids.noteA, doc: linked('javascript:alert(1)') })],
  [
    'a data: link',
    'saveNote',
    () => ({ id: nb.ids.noteA, doc: linked('data:text/html,<script>x</script>') }),
  ],
  ['a file: link', 'saveNote', () => ({ id: nb.ids.noteA, doc: linked('file:///etc/passwd') })],
  ['a vbscript: link', 'saveNote', () => ({ id: nb.ids.noteA, doc: linked('vbscript:msgbox(1)') })],
  [
    'an unknown node',
    'saveNote',
    () => ({ id: nb.ids.noteA, doc: docOf({ type: 'iframe', attrs: { src: 'x' } }) }),
  ],
  [
    'an unknown mark',
    'saveNote',
    () => ({
      id: nb.ids.noteA,
      doc: docOf({ type: 'paragraph', content: [text('x', [{ type: 'blink' }])] }),
    }),
  ],
  [
    'an unknown attribute',
    'saveNote',
    () => ({ id: nb.ids.noteA, doc: docOf({ type: 'paragraph', attrs: { onclick: 'x' } }) }),
  ],
  [
    'a heading level 9',
    'saveNote',
    () => ({ id: nb.ids.noteA, doc: docOf({ type: 'heading', attrs: { level: 9 } }) }),
  ],
  ['a document that is a string', 'saveNote', () => ({ id: nb.ids.noteA, doc: 'hello' })],
  [
    'an empty document over a full one',
    'saveNote',
    () => ({ id: nb.ids.noteA, doc: docOf({ type: 'paragraph' }) }),
  ],
  ['a note that is not there', 'saveNote', () => ({ id: ID, doc: docOf({ type: 'paragraph' }) })],
  ['an empty selection', 'createHighlight', () => ({ sourceId: nb.ids.harbour, start: 5, end: 5 })],
  ['a highlight in a missing source', 'createHighlight', () => ({ sourceId: ID, start: 0, end: 5 })],
  ['a highlight that is not there', 'updateHighlight', () => ({ id: ID, comment: 'x' })],
  [
    'a restored id that lives in another source',
    'restoreHighlight',
    () => ({ highlight: { ...nb.ids.budget, sourceId: nb.ids.river } }),
  ],
  ['an entity that is not there', 'updateEntity', () => ({ id: ID, description: 'x' })],
  [
    'a citation of a missing highlight',
    'citeInNote',
    () => ({ id: nb.ids.noteA, sourceId: nb.ids.harbour, highlightId: ID }),
  ],
  [
    'a source URL with javascript:',
    'updateSourceMetadata',
    () => ({ id: nb.ids.harbour, url: 'javascript:alert(1)' }),
  ],
  [
    'a date that is not a date',
    'updateSourceMetadata',
    () => ({ id: nb.ids.harbour, publishedAt: 'yesterday-ish' }),
  ],
  ['a packet that is not base64', 'startPacketImport', () => ({ fileName: 'p.zip', dataBase64: '!!' })],
  ['an unknown packet job', 'getPacketJob', () => ({ id: ID })],
  ['an export that is not there', 'readPacketExport', () => ({ id: ID })],
  ['a search query too long', 'searchCitables', () => ({ query: 'q'.repeat(201) })],
];

describe('bad input changes nothing and is refused in words', () => {
  it.each(apiCases)('API: %s (%s)', async (_name, call, input) => {
    const before = await snapshot(nb.session.notebook.dir);
    const outcome = await dispatch(nb.session.handlers, call, input());
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const status = httpStatusOf[outcome.error.code];
    expect(status >= 400 && status < 500, `${outcome.error.code} is a 4xx`).toBe(true);
    expectReporterFacing(outcome.error.message);
    await Promise.all([nb.session.notebook.highlights.idle(), nb.session.notebook.similarity.idle()]);
    expect(await snapshot(nb.session.notebook.dir)).toEqual(before);
  });

  // ------------------------------------------------------------ raw HTTP to the web host
  type HttpCase = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  const api = (name: string) => `/api/${name}`;
  const deepJson = (levels: number) =>
    `{"id":"${ID}","doc":{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(levels)}{"type":"paragraph"}${']}'.repeat(levels)}]}}`;
  const httpCases: Array<[string, HttpCase, number]> = [
    ['text/plain body', { headers: { 'Content-Type': 'text/plain' } }, 415],
    ['no Content-Type', { headers: { 'Content-Type': '' } }, 415],
    ['a form body', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1' }, 415],
    ['JSON with a foreign charset', { headers: { 'Content-Type': 'application/json; charset=latin1' } }, 415],
    ['a body that is not JSON', { body: '{"id": ' }, 400],
    ['GET on a call', { method: 'GET', body: undefined }, 405],
    ['no token', { headers: { Authorization: '' } }, 401],
    ['a wrong token', { headers: { Authorization: 'Bearer nope' } }, 401],
    ['a foreign Host', { headers: { Host: 'evil.example' } }, 403],
    ['a foreign Origin', { headers: { Origin: 'http://evil.example' } }, 403],
    ['an unknown call', { path: api('dropTables') }, 404],
    ['a NUL folder', { path: api('openNotebook'), body: JSON.stringify({ path: '/tmp/a\u0000b' }) }, 400],
    [
      'a folder that is a file',
      { path: api('openNotebook'), body: JSON.stringify({ path: '/etc/passwd' }) },
      400,
    ],
    ['a note nested 5,000 deep', { path: api('saveNote'), body: deepJson(5_000) }, 400],
  ];

  it.each(httpCases)('HTTP: %s', async (_name, c, status) => {
    const before = await snapshot(nb.session.notebook.dir);
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const headers: Record<string, string> = {
        Host: `127.0.0.1:${host.port}`,
        'Content-Type': 'application/json',
        Authorization: `Bearer ${host.token}`,
        ...c.headers,
      };
      for (const [k, v] of Object.entries(headers)) if (v === '') delete headers[k];
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: c.path ?? api('listSources'),
          method: c.method ?? 'POST',
          headers,
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end('body' in c ? c.body : '{}');
    });
    expect(reply.status).toBe(status);
    const parsed = JSON.parse(reply.body) as { ok: boolean; error: { message: string } };
    expect(parsed.ok).toBe(false);
    expectReporterFacing(parsed.error.message);
    expect(await snapshot(nb.session.notebook.dir)).toEqual(before);
  });

  // ------------------------------------------------------------ files given to `import`
  const fileCases: Array<[string, () => Promise<string>]> = [
    ['a file that is not there', () => Promise.resolve(join(root, 'missing.html'))],
    ['a folder', () => Promise.resolve(join(root, 'full-folder'))],
    [
      'a symbolic link',
      async () => {
        const link = join(root, 'link.txt');
        await symlink(join(root, 'a-file.txt'), link).catch(() => undefined);
        return link;
      },
    ],
    [
      'a named pipe',
      () => {
        const fifo = join(root, 'pipe.txt');
        execFileSync('mkfifo', [fifo]);
        return Promise.resolve(fifo);
      },
    ],
    ['a device', () => Promise.resolve('/dev/zero')],
    ['an empty file', async () => (await writeFile(join(root, 'empty.txt'), ''), join(root, 'empty.txt'))],
    [
      'binary noise',
      async () => (
        await writeFile(join(root, 'noise.bin'), Buffer.from([0, 1, 2, 255, 0, 7, 0, 0])),
        join(root, 'noise.bin')
      ),
    ],
    [
      'a damaged PDF',
      async () => (await writeFile(join(root, 'bad.pdf'), '%PDF-1.7 junk'), join(root, 'bad.pdf')),
    ],
    [
      'a Word file that is not a zip',
      async () => (await writeFile(join(root, 'bad.docx'), 'PK\u0003\u0004 junk'), join(root, 'bad.docx')),
    ],
    ['a path with NUL', () => Promise.resolve(join(root, 'a\u0000.txt'))],
  ];

  it.each(fileCases)('file: %s', async (_name, make) => {
    const file = await make();
    const before = await snapshot(cliNotebook);
    const lines: string[] = [];
    expect(await runCli(['import', file, '--notebook', cliNotebook], (l) => lines.push(l))).toBe(1);
    const message = lines.join('\n');
    expect(message.startsWith(`${file}: `)).toBe(true);
    expectReporterFacing(message.slice(file.length + 2));
    expect(await snapshot(cliNotebook)).toEqual(before);
  });

  // ------------------------------------------------------------ packets given to `import-packet`
  const enc = (value: unknown) =>
    new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
  const withRecords = (change: (r: RecordsFile) => void) => {
    const entries = new Map(good);
    const records = JSON.parse(
      Buffer.from(entries.get('data/records.json') ?? []).toString('utf8'),
    ) as RecordsFile;
    change(records);
    entries.set('data/records.json', enc(records));
    return rawZip(asRaw(resign(entries)));
  };
  const noteDoc = (doc: unknown) => (r: RecordsFile) => {
    (r.notes[0] as { doc: unknown }).doc = doc;
  };
  const packetCases: Array<[string, () => Uint8Array | string]> = [
    ['not a zip', () => 'just some text'],
    ['an empty file', () => new Uint8Array(0)],
    ['a truncated zip', () => rawZip(asRaw(good)).slice(0, 2000)],
    ['no manifest', () => rawZip(asRaw(new Map([...good].filter(([n]) => n !== 'manifest.json'))))],
    ['a name climbing out with ../', () => rawZip([...asRaw(good), { name: '../escape.txt', data: 'x' }])],
    ['an absolute name', () => rawZip([...asRaw(good), { name: '/etc/cron.d/x', data: 'x' }])],
    [
      'a file altered after signing',
      () => {
        const entries = new Map(good);
        const name = [...entries.keys()].find((n) => n.endsWith('text.txt'))!;
        entries.set(name, enc('altered words'));
        return rawZip(asRaw(entries));
      },
    ],
    ['a manifest that is not JSON', () => rawZip(asRaw(new Map([...good, ['manifest.json', enc('{nope')]])))],
    [
      'records that are not JSON',
      () => rawZip(asRaw(resign(new Map([...good, ['data/records.json', enc('[')]])))),
    ],
    ['a note nested 1,000 deep', () => withRecords(noteDoc(nested(1_000)))],
    ['a note with a javascript: link', () => withRecords(noteDoc(linked('javascript:alert(1)')))],
    [
      'a note with an unknown node',
      () => withRecords(noteDoc(docOf({ type: 'script', attrs: { src: 'x' } }))),
    ],
    [
      'a highlight without a quote',
      () =>
        withRecords((r) => {
          (r.highlights[0] as { quote: unknown }).quote = null;
        }),
    ],
    ['an encrypted entry', () => rawZip(asRaw(good).map((e, i) => (i === 0 ? { ...e, flags: 1 } : e)))],
  ];

  it.each(packetCases)('packet: %s', async (name, make) => {
    const file = join(root, `packet-${name.replace(/\W+/g, '-')}.zip`);
    await writeFile(file, make());
    const before = await snapshot(cliNotebook);
    const lines: string[] = [];
    expect(await runCli(['import-packet', file, '--notebook', cliNotebook], (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toMatch(/^Not imported: /);
    expectReporterFacing(lines.join('\n').slice('Not imported: '.length));
    expect(await snapshot(cliNotebook)).toEqual(before);
  });

  it.each([
    ['a folder', () => join(root, 'full-folder')],
    ['a packet that is not there', () => join(root, 'missing.zip')],
  ])('packet path: %s', async (_name, path) => {
    const before = await snapshot(cliNotebook);
    const lines: string[] = [];
    expect(await runCli(['import-packet', path(), '--notebook', cliNotebook], (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toMatch(/^Not imported: /);
    expectReporterFacing(lines.join('\n').slice('Not imported: '.length));
    expect(await snapshot(cliNotebook)).toEqual(before);
  });

  it('covers at least 60 classes of bad input', () => {
    expect(apiCases.length + httpCases.length + fileCases.length + packetCases.length).toBeGreaterThanOrEqual(
      60,
    );
  });
});
