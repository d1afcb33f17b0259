import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PacketWriter } from '../../electron/packet/packetWriter';
import { unzipPacket } from '../../electron/packet/unzipPacket';
import { pathSource } from '../../electron/packet/zipDirectory';
import { tempDir } from './helpers/tempDir';

async function writeZip(files: Array<[string, string | Uint8Array]>): Promise<Uint8Array> {
  const path = join(await tempDir(), 'out.zip');
  const handle = await open(path, 'wx');
  const writer = new PacketWriter(handle, new Date(2024, 4, 6, 12, 30, 10));
  for (const [name, data] of files) await writer.add(name, data);
  await writer.finish();
  await handle.close();
  expect(writer.files.map((f) => f.path)).toEqual(files.map(([name]) => name));
  return readFile(path);
}

// Megabytes and 70,000 entries through a real zip writer and two readers: on a machine shared by
// many jobs this takes longer than the default limit. The tests assert bytes, never time.
const HEAVY_MS = 180_000;

describe('packet zip writer', () => {
  it(
    'writes a standard zip that an independent reader unpacks to the same bytes',
    async () => {
      // Varied text, so it compresses like prose rather than like a zip bomb.
      const big = Array.from({ length: 300_000 }, (_, i) => ((i * 7919) % 100_003).toString(36)).join(' ');
      const files: Array<[string, string | Uint8Array]> = [
        ['index.html', '<p>ünïcode 🌊</p>'],
        ['empty.txt', ''],
        ['notes/a.docx', new Uint8Array([80, 75, 3, 4, 1, 2, 3])],
        ['big.txt', big],
      ];
      const zip = await writeZip(files);
      const other = unzipSync(zip);
      const ours = unzipPacket(zip);
      for (const [name, data] of files) {
        const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
        // Compared as buffers: a deep equal of a 1.3 MB array element by element takes tens of seconds under load.
        expect(Buffer.from(other[name] ?? []).equals(bytes), name).toBe(true);
        expect(Buffer.from(ours.get(name) ?? []).equals(bytes), name).toBe(true);
      }
    },
    HEAVY_MS,
  );

  it('reads a packet from disk entry by entry the same as from memory (large packets are never loaded whole)', async () => {
    const files: Array<[string, string]> = [
      ['index.html', '<p>reader</p>'],
      ['sources/a.txt', 'x'.repeat(100_000)],
      ['empty.txt', ''],
    ];
    const zip = await writeZip(files);
    const path = join(await tempDir(), 'on-disk.zip');
    await writeFile(path, zip);
    const fromDisk = unzipPacket(pathSource(path, zip.length));
    expect([...fromDisk.keys()]).toEqual(files.map(([name]) => name));
    for (const [name, text] of files) {
      expect(Buffer.from(fromDisk.get(name) ?? []).toString('utf8')).toBe(text);
      expect(fromDisk.sha256(name)).toBe(unzipPacket(zip).sha256(name));
    }
  });

  it(
    'adds ZIP64 end records past 65,535 entries, and the reader counts them',
    async () => {
      const files = Array.from({ length: 70_000 }, (_, i): [string, string] => [`n/${i}.txt`, String(i)]);
      const zip = await writeZip(files);
      const entries = unzipPacket(zip);
      expect(entries.size).toBe(70_000);
      expect(new TextDecoder().decode(entries.get('n/69999.txt'))).toBe('69999');
      expect(() =>
        unzipPacket(zip, { maxEntries: 69_999, maxTotalBytes: 1e9, maxRatio: 200, ratioGraceBytes: 1e6 }),
      ).toThrow(/70,000 entries; the limit is 69,999/);
    },
    HEAVY_MS,
  );
});
