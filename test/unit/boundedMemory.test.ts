import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeManifest, type UnsignedManifest } from '../../shared/packet/manifest';
import { docxBomb, packetBomb } from '../fixtures/bombs/repeatDeflate';
import { tempDir } from './helpers/tempDir';

const MB = 1024;

interface Measured {
  idleKb: number;
  peakKb: number;
  code: string;
  message: string;
}

/** Imports a file in a child process and reads how far its resident memory rose above rest. */
function measure(mode: 'docx' | 'html' | 'packet', file: string, notebookDir?: string): Measured {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      join(__dirname, 'helpers/measurePeak.ts'),
      mode,
      file,
      ...(notebookDir ? [notebookDir] : []),
    ],
    { encoding: 'utf8', timeout: 170_000 },
  );
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) throw new Error(`measurePeak failed: ${child.stderr}`);
  const result = JSON.parse(line) as Measured;
  console.log(
    `${mode}: idle ${Math.round(result.idleKb / MB)} MB, peak ${Math.round(result.peakKb / MB)} MB, +${Math.round((result.peakKb - result.idleKb) / MB)} MB — ${result.code}: ${result.message}`,
  );
  return result;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A manifest that is internally consistent (digest and self-hash) but lists hashes the files do not have. */
function forgedManifest(files: Array<{ path: string; size: number }>): string {
  const listed = files.map((f) => ({ ...f, sha256: sha(f.path) }));
  const unsigned: UnsignedManifest = {
    type: 'research-notebook-packet',
    version: 1,
    createdAt: '2024-05-06T12:00:00.000Z',
    appVersion: '0.1.0',
    notebookId: '00000000-0000-4000-8000-000000000000',
    notebookName: 'Bomb',
    selection: { scope: 'notebook', noteIds: [], tag: null, includeConfidential: false },
    leftOut: { sources: 0, highlights: 0, entities: 0, citations: 0 },
    files: listed,
    digest: sha(
      [...listed]
        .sort((a, b) => (a.path < b.path ? -1 : 1))
        .map((f) => `${f.path}\t${f.sha256}\n`)
        .join(''),
    ),
  };
  return serializeManifest({ ...unsigned, selfSha256: sha(serializeManifest(unsigned)) });
}

// Peak resident memory of any refused file must stay within this much above rest (issue 14).
const LIMIT_KB = 300 * MB;

// Peak memory is read from /proc (Linux), where the checks run.
describe.skipIf(process.platform !== 'linux')(
  'hostile archives are refused with bounded memory',
  { timeout: 200_000 },
  () => {
    it.each([
      ['declaring its size', undefined],
      ['declaring 1,000 bytes', 1000],
    ])(
      'a ~4 MB .docx whose document.xml inflates to 1.1 GiB, %s: refused as too large, not “damaged”',
      async (_, claimSize) => {
        const file = join(await tempDir(), 'bomb.docx');
        await writeFile(file, docxBomb({ claimSize }));
        const result = measure('docx', file);
        expect(result.code).toBe('IMPORT_TOO_LARGE');
        expect(result.message).toMatch(
          /“hostile\.docx” was not imported: its text and markup expand to more than 8 MB/,
        );
        expect(result.message).not.toMatch(/damaged/);
        expect(result.peakKb - result.idleKb).toBeLessThanOrEqual(LIMIT_KB);
      },
    );

    it('a 50 MB web page: refused as too large in the parser worker, quickly', async () => {
      const file = join(await tempDir(), 'huge.html');
      const row = (i: number): string =>
        `<div class="row"><p>Paragraph ${i} of a page far larger than any article, with some words.</p></div>\n`;
      const body = Array.from({ length: 600_000 }, (_, i) => row(i)).join('');
      await writeFile(
        file,
        `<!DOCTYPE html><html><body>${body.slice(0, 50 * 1024 * 1024 - 100)}</body></html>`,
      );
      const result = measure('html', file);
      expect(result.code).toBe('IMPORT_TOO_LARGE');
      expect(result.message).toMatch(/“hostile\.html”: This page has more than 8 MB of text and markup/);
      expect(result.peakKb - result.idleKb).toBeLessThanOrEqual(LIMIT_KB);
    });

    it('a packet inflating to 1.99 GB with no manifest.json: refused having inflated nothing', async () => {
      const dir = await tempDir();
      const file = join(dir, 'bomb.zip');
      await writeFile(file, packetBomb());
      const result = measure('packet', file, join(dir, 'nb'));
      expect(result.code).toBe('IMPORT_FAILED');
      expect(result.message).toMatch(/no manifest\.json/);
      expect(result.peakKb - result.idleKb).toBeLessThanOrEqual(LIMIT_KB);
    });

    it('the same packet under a forged manifest: files hashed as they inflate, refused as altered', async () => {
      const dir = await tempDir();
      const file = join(dir, 'bomb.zip');
      await writeFile(file, packetBomb(forgedManifest));
      const result = measure('packet', file, join(dir, 'nb'));
      expect(result.code).toBe('IMPORT_FAILED');
      expect(result.message).toMatch(/altered or damaged \(altered: sources\//);
      expect(result.peakKb - result.idleKb).toBeLessThanOrEqual(LIMIT_KB);
    });
  },
);
