import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVerify } from '../../electron/cli/packetCommands';
import { exportPacket } from '../../electron/packet/exportPacket';
import { checkEntries, readPacketEntries, verifyPacket } from '../../electron/packet/verifyPacket';
import { zipDirectoryForTests } from '../fixtures/packets/zipLayout';
import { asRaw, rawZip } from '../fixtures/packets/rawZip';
import { buildSampleNotebook, type SampleNotebook } from '../fixtures/packets/sampleNotebook';

let dir: string;
let nb: SampleNotebook;
let packet: string;
let entries: Map<string, Uint8Array>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-packet-verify-'));
  nb = await buildSampleNotebook(dir);
  packet = (await exportPacket(nb.session, { out: join(dir, 'p.zip') })).path;
  entries = await readPacketEntries(packet);
});
afterAll(async () => {
  await nb.session.close();
  await rm(dir, { recursive: true, force: true });
});

function flipped(path: string, byte: number, bit: number): Map<string, Uint8Array> {
  const copy = new Map(entries);
  const data = (entries.get(path) as Uint8Array).slice();
  data[byte] = (data[byte] as number) ^ (1 << bit);
  copy.set(path, data);
  return copy;
}

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runVerify(args, (l) => lines.push(l));
  return { code, lines };
}

describe('verify', () => {
  it('passes an intact packet, with exit status 0', async () => {
    expect(await verifyPacket(packet)).toMatchObject({ ok: true, altered: [], missing: [], extra: [] });
    const { code, lines } = await run([packet]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^Intact, unsigned: all \d+ files match the manifest/);
  });

  it('detects a single flipped bit in every file of the packet, each in turn', async () => {
    expect(entries.size).toBeGreaterThan(15);
    let i = 0;
    for (const path of entries.keys()) {
      const size = (entries.get(path) as Uint8Array).length;
      const file = join(dir, `flip-${i}.zip`);
      await writeFile(file, rawZip(asRaw(flipped(path, Math.floor((size * (i % 7)) / 7), i % 8))));
      const result = await verifyPacket(file);
      expect(result.ok, path).toBe(false);
      if (path === 'manifest.json')
        expect(result.altered.includes(path) || Boolean(result.error), path).toBe(true);
      else expect(result.altered, path).toEqual([path]);
      i++;
    }
  });

  it('notices any one-bit change anywhere in the manifest', () => {
    const size = (entries.get('manifest.json') as Uint8Array).length;
    const missed: number[] = [];
    for (let byte = 0; byte < size; byte++) {
      if (checkEntries(flipped('manifest.json', byte, byte % 8)).ok) missed.push(byte);
    }
    expect(missed).toEqual([]);
  });

  it('reports altered, missing and extra files by name, with exit status 1', async () => {
    const changed = new Map(entries);
    changed.delete('entities.csv');
    changed.set('notes/extra.md', new TextEncoder().encode('# Not in the manifest\n'));
    changed.set('claims.csv', new TextEncoder().encode('rewritten\r\n'));
    const file = join(dir, 'changed.zip');
    await writeFile(file, rawZip(asRaw(changed)));
    expect(await verifyPacket(file)).toMatchObject({
      ok: false,
      altered: ['claims.csv'],
      missing: ['entities.csv'],
      extra: ['notes/extra.md'],
    });
    const { code, lines } = await run([file]);
    expect(code).toBe(1);
    expect(lines).toEqual(
      expect.arrayContaining(['altered: claims.csv', 'missing: entities.csv', 'extra:   notes/extra.md']),
    );
    const json = JSON.parse((await run([file, '--json'])).lines[0] ?? '');
    expect(json).toMatchObject({ ok: false, missing: ['entities.csv'] });
  });

  it('notices damage to the zip bytes themselves', async () => {
    const zip = await readFile(packet);
    const layout = zipDirectoryForTests(zip);
    for (const entry of layout.filter((e) => e.compressedSize > 16)) {
      const copy = Buffer.from(zip);
      const at = entry.dataStart + Math.floor(entry.compressedSize / 2);
      copy[at] = (copy[at] as number) ^ 0x10;
      const file = join(dir, 'raw.zip');
      await writeFile(file, copy);
      expect((await verifyPacket(file)).ok, entry.name).toBe(false);
    }
  });

  it('says plainly when a file is not a packet at all', async () => {
    const file = join(dir, 'not.zip');
    await writeFile(file, 'just some text');
    const result = await verifyPacket(file);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/not a readable packet/);
    expect((await run([file])).code).toBe(1);
  });
});
