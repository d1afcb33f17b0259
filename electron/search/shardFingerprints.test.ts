import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { changedShards, SHARD_FINGERPRINTS_FILE, ShardFingerprints } from './shardFingerprints';

const prints = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('changedShards', () => {
  it.each([
    ['nothing changed', { a0: '1:10:5' }, { a0: '1:10:5' }, []],
    ['a file rewritten', { a0: '1:10:5', b1: '2:10:5' }, { a0: '9:10:6', b1: '2:10:5' }, ['a0']],
    ['a file added', { a0: '1:10:5' }, { a0: '1:10:5', ff: '3:4:1' }, ['ff']],
    ['a file gone', { a0: '1:10:5', ff: '3:4:1' }, { a0: '1:10:5' }, ['ff']],
    ['none before', {}, { a0: '1:10:5' }, ['a0']],
  ])('%s', (_name, before, now, changed) => {
    expect([...changedShards(prints(before), prints(now))].sort()).toEqual(changed);
  });
});

describe('ShardFingerprints', () => {
  it('hands out what was saved once, then nothing', async () => {
    const dir = await tempDir();
    const store = new ShardFingerprints(dir);
    expect(await store.take()).toBeNull();
    await store.save(prints({ '0a': '1:2:3', ff: '4:5:6' }));
    expect(await store.take()).toEqual({ shards: prints({ '0a': '1:2:3', ff: '4:5:6' }) });
    expect(await store.take()).toBeNull();
  });

  it('hands out the notebook digest saved with the shards, and reads files of version 1', async () => {
    const dir = await tempDir();
    const store = new ShardFingerprints(dir);
    await store.save(prints({ '0a': '1:2:3' }), 'ab'.repeat(32));
    expect(await store.take()).toEqual({
      shards: prints({ '0a': '1:2:3' }),
      notebookSha256: 'ab'.repeat(32),
    });
    await writeFile(
      join(dir, SHARD_FINGERPRINTS_FILE),
      JSON.stringify({ version: 1, shards: { ff: '4:5:6' } }),
    );
    expect(await store.take()).toEqual({ shards: prints({ ff: '4:5:6' }) });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 3, shards: {} })],
    ['a notebook digest that is none', JSON.stringify({ version: 2, shards: {}, notebookSha256: 'x' })],
    ['a key that is no shard', JSON.stringify({ version: 1, shards: { '../x': '1' } })],
  ])('treats a file that is %s as absent', async (_name, text) => {
    const dir = await tempDir();
    await writeFile(join(dir, SHARD_FINGERPRINTS_FILE), text);
    expect(await new ShardFingerprints(dir).take()).toBeNull();
    await expect(readFile(join(dir, SHARD_FINGERPRINTS_FILE))).rejects.toThrow();
  });
});
