import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchFolder } from './searchFolder';
import { SEGMENT_FORMAT } from './segmentFile';
import { SHARD_FINGERPRINTS_FILE } from './shardFingerprints';

let root: string;
let folder: SearchFolder;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'rn-search-folder-'));
  folder = new SearchFolder(join(root, 'search'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('SearchFolder (which generation of the index is current)', () => {
  it('says the manifest is missing before the first write, then points at the generation written', async () => {
    expect(await folder.readManifest()).toBe('missing');
    await folder.writeGeneration(3, Buffer.from('segment'));
    expect(await folder.readManifest()).toEqual({ format: SEGMENT_FORMAT, generation: 3 });
  });

  it.each([
    ['not JSON', '{"format":', 'damaged'],
    ['another format', JSON.stringify({ format: SEGMENT_FORMAT + 1, generation: 1 }), 'outdated'],
    ['no generation', JSON.stringify({ format: SEGMENT_FORMAT }), 'damaged'],
    ['a fractional generation', JSON.stringify({ format: SEGMENT_FORMAT, generation: 1.5 }), 'damaged'],
  ])('asks for a rebuild when the manifest holds %s', async (_name, content, reason) => {
    await mkdir(folder.dir, { recursive: true });
    await writeFile(join(folder.dir, 'manifest.json'), content);
    expect(await folder.readManifest()).toBe(reason);
  });

  it('starts a generation without the change log a crashed earlier run may have left', async () => {
    await mkdir(folder.dir, { recursive: true });
    await writeFile(folder.logPath(2), 'stale changes');
    await folder.writeGeneration(2, Buffer.from('segment'));
    expect((await readdir(folder.dir)).sort()).toEqual(['manifest.json', 'segment-2.bin']);
  });

  it('removes every other generation but keeps the manifest and the shard fingerprints', async () => {
    await folder.writeGeneration(1, Buffer.from('old'));
    await folder.writeGeneration(2, Buffer.from('new'));
    await writeFile(folder.logPath(2), 'changes');
    await writeFile(join(folder.dir, SHARD_FINGERPRINTS_FILE), '{}');
    await folder.removeAllBut(2);
    expect((await readdir(folder.dir)).sort()).toEqual(
      ['changes-2.log', 'manifest.json', 'segment-2.bin', SHARD_FINGERPRINTS_FILE].sort(),
    );
    await folder.removeAllBut(null);
    expect((await readdir(folder.dir)).sort()).toEqual(['manifest.json', SHARD_FINGERPRINTS_FILE].sort());
  });

  it('does nothing when the folder does not exist yet', async () => {
    await expect(folder.removeAllBut(1)).resolves.toBeUndefined();
  });
});
