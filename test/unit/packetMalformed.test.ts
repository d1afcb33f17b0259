import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportPacket } from '../../electron/cli/packetCommands';
import { exportPacket } from '../../electron/packet/exportPacket';
import { importPacket } from '../../electron/packet/importPacket';
import type { RejectReason } from '../../electron/packet/packetRejected';
import { unzipPacket, DEFAULT_ZIP_LIMITS } from '../../electron/packet/unzipPacket';
import { readPacketEntries } from '../../electron/packet/verifyPacket';
import { asRaw, rawZip, resign, type RawEntry } from '../fixtures/packets/rawZip';
import { buildSampleNotebook, type SampleNotebook } from '../fixtures/packets/sampleNotebook';

let dir: string;
let nb: SampleNotebook;
let good: Map<string, Uint8Array>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-packet-malformed-'));
  nb = await buildSampleNotebook(dir);
  const packet = await exportPacket(nb.session, { out: join(dir, 'good.zip'), includeConfidential: true });
  good = await readPacketEntries(packet.path);
  // Deferred saves (the similarity cache) start now and finish, so no case sees a temp file.
  await nb.session.notebook.settle();
});
afterAll(async () => {
  await nb.session.close();
  await rm(dir, { recursive: true, force: true });
});

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const dec = (data: Uint8Array | undefined): string => Buffer.from(data ?? []).toString('utf8');
const zeros = (n: number): Uint8Array => new Uint8Array(n);

/** The good packet with some entries changed (undefined removes one). */
function edited(
  changes: Record<string, Uint8Array | string | undefined>,
  base = good,
): Map<string, Uint8Array> {
  const out = new Map(base);
  for (const [path, data] of Object.entries(changes)) {
    if (data === undefined) out.delete(path);
    else out.set(path, typeof data === 'string' ? enc(data) : data);
  }
  return out;
}
const zipOf = (entries: Map<string, Uint8Array>, ...more: RawEntry[]): Uint8Array =>
  rawZip([...asRaw(entries), ...more]);
const manifestWith = (change: (m: Record<string, unknown>) => void): string => {
  const m = JSON.parse(dec(good.get('manifest.json')));
  change(m);
  return JSON.stringify(m, null, 2);
};
const recordsWith = (change: (r: { highlights: Array<Record<string, unknown>> }) => void): string => {
  const r = JSON.parse(dec(good.get('data/records.json')));
  change(r);
  return JSON.stringify(r);
};

interface Case {
  name: string;
  reason: RejectReason;
  message: RegExp;
  zip: () => Uint8Array;
}

const harbour = (): string => nb.ids.harbour;
const cases: Case[] = [
  {
    name: 'zip slip: ../x',
    reason: 'unsafe-path',
    message: /“\.\.\/x” points outside the packet/,
    zip: () => zipOf(good, { name: '../x', data: 'evil' }),
  },
  {
    name: 'zip slip inside a folder: notes/../../x',
    reason: 'unsafe-path',
    message: /points outside the packet/,
    zip: () => zipOf(good, { name: 'notes/../../x', data: 'evil' }),
  },
  {
    name: 'absolute path',
    reason: 'unsafe-path',
    message: /“\/tmp\/evil” has an absolute path/,
    zip: () => zipOf(good, { name: '/tmp/evil', data: 'evil' }),
  },
  {
    name: 'Windows drive path',
    reason: 'unsafe-path',
    message: /absolute path/,
    zip: () => zipOf(good, { name: 'C:/evil.txt', data: 'evil' }),
  },
  {
    name: 'backslash path',
    reason: 'unsafe-path',
    message: /backslash/,
    zip: () => zipOf(good, { name: '..\\..\\evil', data: 'evil' }),
  },
  {
    name: 'zip bomb (ratio, honest sizes)',
    reason: 'zip-bomb',
    message: /expands more than 200 times/,
    zip: () => zipOf(edited({ 'index.html': zeros(20 * 1024 * 1024) })),
  },
  {
    name: 'zip bomb (sizes that lie)',
    reason: 'zip-bomb',
    message: /more than the 100 bytes it declares/,
    zip: () =>
      zipOf(edited({ 'index.html': undefined }), {
        name: 'index.html',
        data: zeros(5 * 1024 * 1024),
        claimSize: 100,
      }),
  },
  {
    name: 'declared size past the 2 GB cap',
    reason: 'zip-bomb',
    message: /more than 2\.0 GB/,
    zip: () =>
      zipOf(edited({ 'index.html': undefined }), { name: 'index.html', data: 'x', claimSize: 3_000_000_000 }),
  },
  {
    name: 'too many entries (100,001)',
    reason: 'too-many-entries',
    message: /100,001 entries; the limit is 100,000/,
    zip: () => rawZip(Array.from({ length: 100_001 }, (_, i) => ({ name: `n/${i}`, data: '', store: true }))),
  },
  {
    name: 'duplicate entry names',
    reason: 'duplicate-entry',
    message: /two entries named “index\.html”/,
    zip: () => zipOf(good, { name: 'index.html', data: '<p>other</p>' }),
  },
  {
    name: 'missing file',
    reason: 'integrity',
    message: /missing: entities\.csv/,
    zip: () => zipOf(edited({ 'entities.csv': undefined })),
  },
  {
    name: 'altered file',
    reason: 'integrity',
    message: /altered: claims\.csv/,
    zip: () => zipOf(edited({ 'claims.csv': 'changed' })),
  },
  {
    name: 'file not in the manifest',
    reason: 'integrity',
    message: /not listed in the manifest: notes\/x\.md/,
    zip: () => zipOf(edited({ 'notes/x.md': '# x' })),
  },
  {
    name: 'no manifest',
    reason: 'bad-manifest',
    message: /no manifest\.json/,
    zip: () => zipOf(edited({ 'manifest.json': undefined })),
  },
  {
    name: 'bad manifest (no file list)',
    reason: 'bad-manifest',
    message: /manifest\.json is malformed at files/,
    zip: () => zipOf(edited({ 'manifest.json': manifestWith((m) => delete m.files) })),
  },
  {
    name: 'manifest is not JSON',
    reason: 'malformed-json',
    message: /manifest\.json is not valid JSON/,
    zip: () => zipOf(edited({ 'manifest.json': dec(good.get('manifest.json')).slice(0, 40) })),
  },
  {
    name: 'unknown version',
    reason: 'unknown-version',
    message: /format version 2; this app reads version 1/,
    zip: () => zipOf(edited({ 'manifest.json': manifestWith((m) => (m.version = 2)) })),
  },
  {
    name: 'wrong type',
    reason: 'wrong-type',
    message: /not a Research Notebook packet/,
    zip: () => zipOf(edited({ 'manifest.json': manifestWith((m) => (m.type = 'photo-album')) })),
  },
  {
    name: 'malformed JSON in the records (re-signed)',
    reason: 'malformed-json',
    message: /data\/records\.json is not valid JSON/,
    zip: () => zipOf(resign(edited({ 'data/records.json': '{"version": 1, "entities": [' }))),
  },
  {
    name: 'malformed JSON in a source record (re-signed)',
    reason: 'malformed-json',
    message: /source\.json is not valid JSON/,
    zip: () => zipOf(resign(edited({ [`sources/${harbour()}/source.json`]: '{oops' }))),
  },
  {
    name: 'records that fail the schema (re-signed)',
    reason: 'invalid-data',
    message: /records\.json is not in the expected form at highlights\.0/,
    zip: () =>
      zipOf(
        resign(
          edited({
            'data/records.json': recordsWith((r) => ((r.highlights[0] as Record<string, unknown>).color = 9)),
          }),
        ),
      ),
  },
  {
    name: 'highlight on a source the packet lacks (re-signed)',
    reason: 'invalid-data',
    message: /belongs to a source it does not carry/,
    zip: () =>
      zipOf(
        resign(
          edited({
            'data/records.json': recordsWith(
              (r) =>
                ((r.highlights[0] as Record<string, unknown>).sourceId =
                  '01900000-0000-7000-8000-000000000000'),
            ),
          }),
        ),
      ),
  },
  {
    name: 'text that does not match its source (re-signed)',
    reason: 'invalid-data',
    message: /text of source .* does not match its hash/,
    zip: () => zipOf(resign(edited({ [`sources/${harbour()}/text.txt`]: 'different words' }))),
  },
  {
    name: 'a file this app does not know (re-signed)',
    reason: 'unexpected-file',
    message: /does not know \(run\.sh\)/,
    zip: () => zipOf(resign(edited({ 'run.sh': 'rm -rf ~' }))),
  },
  {
    name: 'not a zip at all',
    reason: 'not-zip',
    message: /not a readable packet/,
    zip: () => enc('PK? no, just text'),
  },
  {
    name: 'encrypted entry',
    reason: 'encrypted',
    message: /“index\.html” is encrypted/,
    zip: () => rawZip(asRaw(good).map((e) => (e.name === 'index.html' ? { ...e, flags: 1 } : e))),
  },
  {
    name: 'unknown compression method',
    reason: 'unsupported-compression',
    message: /unsupported compression method \(12\)/,
    zip: () => rawZip(asRaw(good).map((e) => (e.name === 'index.html' ? { ...e, method: 12 } : e))),
  },
];

async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(folder.length)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

describe('malformed packets', () => {
  it('the unaltered packet imports (so each case below fails for its own reason)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(() => unzipPacket(zipOf(good))).not.toThrow();
  });

  it.each(cases)('refuses: $name', async ({ reason, message, zip }) => {
    const file = join(dir, 'bad.zip');
    await writeFile(file, zip());
    const store = nb.session.notebook;
    const notebookJson = await readFile(join(store.dir, 'notebook.json'));
    const before = await snapshot(store.dir);
    const error = await importPacket(store, file).then(
      () => null,
      (e: unknown) => e as { code: string; message: string; details: { reason: string } },
    );
    expect(error).not.toBeNull();
    // Size refusals have their own code, so no one mistakes a bomb for a damaged file.
    expect(error?.code).toBe(
      reason === 'zip-bomb' || reason === 'too-many-entries' ? 'IMPORT_TOO_LARGE' : 'IMPORT_FAILED',
    );
    expect(error?.details.reason).toBe(reason);
    expect(error?.message).toMatch(message);
    expect(await readFile(join(store.dir, 'notebook.json'))).toEqual(notebookJson);
    expect(await snapshot(store.dir)).toEqual(before);
  });

  it('refuses declared sizes past the total cap before inflating anything', () => {
    const zip = zipOf(good);
    expect(() => unzipPacket(zip, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 20_000 })).toThrow(
      /expands to more than 20 KB/,
    );
  });

  it('holds each entry to its declared size while inflating, whatever the sizes claim', () => {
    // 3 MB of zeros compress to ~3 KB, so a claim of 4,000 bytes passes the directory checks.
    const zip = rawZip([{ name: 'index.html', data: zeros(3 * 1024 * 1024), claimSize: 4_000 }]);
    const entries = unzipPacket(zip);
    expect(() => entries.get('index.html')).toThrow(/more than the 4,000 bytes it declares/);
    expect(() => entries.sha256('index.html')).toThrow(/more than the 4,000 bytes it declares/);
  });

  it('tells the reporter on the command line and exits 1', async () => {
    const file = join(dir, 'slip.zip');
    await writeFile(file, zipOf(good, { name: '../x', data: 'evil' }));
    const lines: string[] = [];
    const code = await runImportPacket([file, '--notebook', join(dir, 'cli')], (l) => lines.push(l));
    expect(code).toBe(1);
    expect(JSON.parse(await readFile(join(dir, 'cli', 'notebook.json'), 'utf8')).sources).toEqual([]);
    expect(lines).toEqual([
      'Not imported: The packet was refused: the entry “../x” points outside the packet (“..”).',
    ]);
  });
});
