import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotebookSession } from '../../electron/session/notebookSession';

const fixture = (path: string): Promise<Buffer> => readFile(join(__dirname, '../fixtures', path));
const bytes = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** Each case: a file name, its bytes, and words the reporter must see. */
const cases: Array<[string, () => Promise<Buffer> | Buffer, RegExp]> = [
  ['empty.txt', () => Buffer.alloc(0), /empty/],
  ['blank.txt', () => Buffer.from('   \n\n\t  \n'), /no article text/i],
  ['photo.txt', () => bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), /not a text document/],
  ['nulls.txt', () => bytes('Some words', [0, 0, 0, 1, 2], 'more'), /binary file/],
  ['program.md', () => bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), /not a text document/],
  ['archive.html', () => bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), /not a text document/],
  ['huge.txt', () => Buffer.alloc(50 * 1024 * 1024 + 1, 0x61), /larger than 50 MB/],
  ['locked.pdf', () => fixture('pdf/encrypted.pdf'), /password/],
  ['scan.pdf', () => fixture('pdf/image-only.pdf'), /no text layer/],
  [
    'broken.pdf',
    () => bytes('%PDF-1.7\n', 'garbage that is not a pdf body at all'),
    /damaged|could not be read/i,
  ],
  ['notes.zip', () => bytes([0x50, 0x4b, 0x03, 0x04], 'not really a zip'), /zip archive/],
  ['broken.docx', () => bytes([0x50, 0x4b, 0x03, 0x04], 'word/ but damaged'), /Word|damaged|could not/i],
  [
    'legacy.docx',
    () => bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'old word'),
    /not a text document|Word/,
  ],
  [
    'deep.html',
    () => Buffer.from(`<html><body>${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}</body></html>`),
    /nested too deeply|no article/i,
  ],
  [
    'chrome-only.html',
    () =>
      Buffer.from(
        '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2026</footer></body></html>',
      ),
    /article text/,
  ],
  [
    'scripts-only.html',
    () =>
      Buffer.from(
        '<!doctype html><html><head><script>alert(1)</script></head><body><script>document.write("x")</script></body></html>',
      ),
    /article text/,
  ],
  ['unclosed.html', () => Buffer.from('<!doctype html><html><body><p'), /article text/],
];

describe('malformed and hostile imports fail clearly and change nothing', () => {
  let session: NotebookSession;
  let dir: string;

  beforeAll(async () => {
    // One notebook for the whole table (the per-test temp helper would delete it between cases).
    dir = join(await mkdtemp(join(tmpdir(), 'rn-malformed-')), 'nb');
    session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
    await session.importText('Existing story\n\nA story already in the notebook, so the file is not empty.');
  });
  afterAll(async () => {
    await session.close();
    await rm(join(dir, '..'), { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  });

  it('has at least 15 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const [name, make, message] of cases) {
    it(`${name}: ${String(message)}`, async () => {
      const before = await readFile(join(dir, 'notebook.json'));
      const filesBefore = [
        ...(await readdir(join(dir, 'texts'))),
        ...(await readdir(join(dir, 'originals'))),
      ];
      const error = await session.importBytes(name, await make()).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(error, 'the import should fail').not.toBeNull();
      expect(error?.code).toBe('IMPORT_FAILED');
      expect(error?.message).toContain(name);
      expect(error?.message).toMatch(message);
      expect(Buffer.compare(await readFile(join(dir, 'notebook.json')), before)).toBe(0);
      expect([...(await readdir(join(dir, 'texts'))), ...(await readdir(join(dir, 'originals')))]).toEqual(
        filesBefore,
      );
    });
  }
});
