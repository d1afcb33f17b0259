import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PacketWriter } from '../../electron/packet/packetWriter';
import { unzipPacket } from '../../electron/packet/unzipPacket';
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

// Megabytes and 65,536 entries through a real zip writer and two readers: on a machine shared by
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
        expect(other[name]).toEqual(bytes);
        expect(ours.get(name)).toEqual(bytes);
      }
    },
    HEAVY_MS,
  );

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
