import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BlobStore, sha256Hex } from '../../../electron/store/blobStore';
import type { NotebookStore } from '../../../electron/store/notebookStore';
import { downloadSourceFiles } from '../../../electron/sync/client/blobDownload';
import type { SyncConfig } from '../../../electron/sync/client/syncState';
import type { RunningServer } from '../../../electron/sync/server/startServer';
import type { Source } from '../../../shared/model';
import { tempDir } from '../helpers/tempDir';
import { startServer } from './syncHelpers';

const SOURCES = 1_000;
const realFetch = globalThis.fetch;
/** Every request the client makes, by method and path; `answer` may replace the server's response. */
let requests: string[] = [];
let answer: (url: string, real: () => Promise<Response>) => Promise<Response> = (_url, real) => real();

let server: RunningServer;
let config: SyncConfig;
let store: NotebookStore;
const absent = sha256Hex('the server never had this');

/** `count` sources, each a text and an original on the server (written straight into its folder: fast). */
async function serve(count: number): Promise<Source[]> {
  const onServer = join(server.dataDir, 'blobs', config.notebookId);
  await mkdir(onServer, { recursive: true });
  const sources: Source[] = [];
  for (let i = 0; i < count; i++) {
    const [text, original] = [`text ${i}`, `original ${i}`];
    await writeFile(join(onServer, sha256Hex(text)), text);
    await writeFile(join(onServer, sha256Hex(original)), original);
    const sha = i === 7 ? absent : sha256Hex(original);
    sources.push({
      textSha256: sha256Hex(text),
      original: { sha256: sha },
      extractionSha256: null,
    } as Source);
  }
  return sources;
}

beforeEach(async () => {
  server = await startServer();
  const nb = await server.tokens.createNotebook();
  config = {
    version: 1,
    server: server.url,
    notebookId: nb.notebookId,
    token: nb.reviewer,
    role: 'reviewer',
    member: 'r',
  };
  const dir = await tempDir();
  const texts = new BlobStore(join(dir, 'texts'));
  const originals = new BlobStore(join(dir, 'originals'));
  await Promise.all([texts.ensureDir(), originals.ensureDir()]);
  store = { texts, originals } as unknown as NotebookStore;
  requests = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    // The client passes URLs as strings.
    const url = input as string;
    requests.push(`${init?.method ?? 'GET'} ${new URL(url).pathname.split('/').pop() ?? ''}`);
    return answer(url, () => realFetch(input, init));
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  answer = (_url, real) => real();
  await server.stop();
});

/** Every file in a store's folder is complete: named by its bytes' hash (no partial or temporary file). */
async function filesIn(blobs: BlobStore): Promise<string[]> {
  const dir = blobs.pathOf(absent).slice(0, -absent.length);
  const names = await readdir(dir);
  for (const name of names) expect(sha256Hex(await readFile(join(dir, name)))).toBe(name);
  return names;
}

describe('downloading a join’s files', () => {
  it('asks for 2,000 files in a handful of requests, and reports the one the server lacks', async () => {
    const sources = await serve(SOURCES);
    requests = [];
    const missing = await downloadSourceFiles(config, store, sources);
    expect([...missing]).toEqual([absent]);
    expect(requests.length).toBeLessThanOrEqual(Math.ceil((2 * SOURCES) / 256));
    expect(requests.every((r) => r === 'POST batch')).toBe(true);
    expect(await filesIn(store.texts)).toHaveLength(SOURCES);
    expect(await filesIn(store.originals)).toHaveLength(SOURCES - 1);
  });

  it('asks only for what the notebook lacks', async () => {
    const sources = await serve(10);
    await downloadSourceFiles(config, store, sources);
    requests = [];
    expect([...(await downloadSourceFiles(config, store, sources))]).toEqual([absent]);
    expect(requests).toEqual(['POST batch']);
  });

  it('writes a file both stores need (a text that is its own original) into both', async () => {
    const [source] = await serve(1);
    const same = { ...source, original: { sha256: source?.textSha256 } } as Source;
    expect([...(await downloadSourceFiles(config, store, [same]))]).toEqual([]);
    expect(await filesIn(store.texts)).toEqual(await filesIn(store.originals));
    expect(await filesIn(store.texts)).toHaveLength(1);
  });

  it('falls back to one GET per file for a server without the batch endpoint', async () => {
    // What an older server answers to a path it does not know: its greeting.
    answer = (url, real) =>
      url.endsWith('/batch') ? Promise.resolve(new Response('Welcome to Hocuspocus!')) : real();
    const missing = await downloadSourceFiles(config, store, await serve(20));
    expect([...missing]).toEqual([absent]);
    expect(requests.filter((r) => r.startsWith('GET'))).toHaveLength(40);
    expect(await filesIn(store.originals)).toHaveLength(19);
  });

  it('fails a cut-short batch clearly and leaves no partial file', async () => {
    answer = async (url, real) => {
      const response = await real();
      if (!url.endsWith('/batch')) return response;
      const bytes = new Uint8Array(await response.arrayBuffer());
      return new Response(bytes.subarray(0, bytes.length - 5), { headers: response.headers });
    };
    const sources = await serve(50);
    await expect(downloadSourceFiles(config, store, sources)).rejects.toThrow(
      /damaged batch of files: The file list from the server was cut short/,
    );
    await filesIn(store.texts);
    await filesIn(store.originals);
  });
});
