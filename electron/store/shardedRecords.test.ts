import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { ShardedRecords, shardKeyOf } from './shardedRecords';

const schema = z.object({ id: z.string(), group: z.string(), n: z.number() });
type Rec = z.infer<typeof schema>;
const open = (dir: string) => new ShardedRecords<Rec>(dir, schema, (r) => r.group);

describe('ShardedRecords', () => {
  const vouching = (dir: string, model = 'a'.repeat(64)) =>
    new ShardedRecords<Rec>(dir, schema, (r) => r.group, { schemaDigest: model });

  it('skips validating shard bytes it wrote or validated, and validates any other bytes', async () => {
    const dir = await tempDir();
    const shardFile = join(dir, `${shardKeyOf('g1')}.json`);
    const written = vouching(dir);
    await written.put('g1', { id: '1', group: 'g1', n: 1 });
    await written.saveDigests();
    const validate = vi.spyOn(schema, 'safeParse');
    try {
      expect(await vouching(dir).forGroup('g1')).toEqual([{ id: '1', group: 'g1', n: 1 }]);
      expect(validate).not.toHaveBeenCalled();
      // Vouched under another record model: validated.
      expect(await vouching(dir, 'b'.repeat(64)).forGroup('g1')).toHaveLength(1);
      expect(validate).toHaveBeenCalledTimes(1);
      // Other bytes (edited by hand, one record bad): validated, the bad record skipped.
      const bad = [
        { id: '1', group: 'g1', n: 1 },
        { id: '2', group: 'g1', n: 'two' },
      ];
      await writeFile(shardFile, JSON.stringify({ version: 1, records: bad }));
      validate.mockClear();
      const edited = vouching(dir);
      expect(await edited.forGroup('g1')).toEqual([{ id: '1', group: 'g1', n: 1 }]);
      expect(validate).toHaveBeenCalledTimes(2);
      expect(edited.notices).toHaveLength(1);
      await edited.saveDigests();
      // Clean bytes from elsewhere are validated once, then vouched for.
      await writeFile(shardFile, JSON.stringify({ version: 1, records: [{ id: '3', group: 'g1', n: 3 }] }));
      validate.mockClear();
      const clean = vouching(dir);
      expect(await clean.forGroup('g1')).toHaveLength(1);
      expect(validate).toHaveBeenCalledTimes(1);
      await clean.saveDigests();
      expect(await vouching(dir).forGroup('g1')).toHaveLength(1);
      expect(validate).toHaveBeenCalledTimes(1);
    } finally {
      validate.mockRestore();
    }
  });

  it('journals each put and remove, and says when a reader fell too far behind', async () => {
    const a = open(await tempDir());
    const mark = a.changeMark();
    await a.put('g1', { id: '1', group: 'g1', n: 1 }, { id: '2', group: 'g1', n: 2 });
    await a.remove('g1', '1');
    const later = a.changeMark();
    expect(a.changesSince(mark)).toEqual([
      { group: 'g1', id: '1' },
      { group: 'g1', id: '2' },
      { group: 'g1', id: '1' },
    ]);
    const many = Array.from({ length: 20_001 }, (_, n) => ({ id: `x${n}`, group: 'g2', n }));
    await a.put('g2', ...many);
    expect(a.changesSince(mark)).toBeNull();
    expect(a.changesSince(later)).toBeNull();
    expect(a.changesSince(a.changeMark())).toEqual([]);
  });

  it('keeps records per group across reopen, in small shard files', async () => {
    const dir = await tempDir();
    const a = open(dir);
    await Promise.all([
      a.put('g1', { id: '1', group: 'g1', n: 1 }),
      a.put('g2', { id: '2', group: 'g2', n: 2 }),
    ]);
    await a.put('g1', { id: '3', group: 'g1', n: 3 });
    await a.remove('g1', '1');
    const b = open(dir);
    expect(await b.forGroup('g1')).toEqual([{ id: '3', group: 'g1', n: 3 }]);
    expect((await b.all()).map((r) => r.id).sort()).toEqual(['2', '3']);
    expect((await readdir(dir)).sort()).toEqual(
      [...new Set([shardKeyOf('g1'), shardKeyOf('g2')])].map((k) => `${k}.json`).sort(),
    );
  });

  it('gets and removes a record only through its own group, also when two groups share a shard', async () => {
    // 256 shards: among 300 names two share one for certain (pigeonhole), so this never depends on luck.
    const seen = new Map<string, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; i < 300 && !pair; i++) {
      const g = `group-${i}`;
      const other = seen.get(shardKeyOf(g));
      if (other !== undefined) pair = [other, g];
      seen.set(shardKeyOf(g), g);
    }
    if (!pair) throw new Error('no two groups share a shard');
    const [g1, g2] = pair;
    const a = open(await tempDir());
    await a.put(g1, { id: 'x', group: g1, n: 1 });
    expect(await a.get(g2, 'x')).toBeUndefined();
    expect(await a.get(g1, 'x')).toEqual({ id: 'x', group: g1, n: 1 });
    await a.remove(g2, 'x');
    expect(await a.get(g1, 'x')).toEqual({ id: 'x', group: g1, n: 1 });
    expect(a.changesSince(1)).toEqual([]);
    await a.remove(g1, 'x');
    expect(await a.get(g1, 'x')).toBeUndefined();
  });

  it('sets a damaged shard aside with a notice and skips invalid records', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, `${shardKeyOf('bad')}.json`), '{"version":1,"records":[');
    await writeFile(
      join(dir, `${shardKeyOf('mixed')}.json`),
      JSON.stringify({ version: 1, records: [{ id: 'ok', group: 'mixed', n: 1 }, { id: 'x' }] }),
    );
    const store = open(dir);
    expect(await store.forGroup('bad')).toEqual([]);
    expect(await store.forGroup('mixed')).toEqual([{ id: 'ok', group: 'mixed', n: 1 }]);
    expect(store.notices.join(' ')).toMatch(/damaged.*set aside.*1 damaged highlight record/);
  });

  it('counts changes per shard and fingerprints each file version without reading it', async () => {
    const dir = await tempDir();
    const a = open(dir);
    await a.put('g1', { id: '1', group: 'g1', n: 1 });
    await a.put('g2', { id: '2', group: 'g2', n: 2 });
    await a.remove('g1', '1');
    const k1 = shardKeyOf('g1');
    const k2 = shardKeyOf('g2');
    const expected =
      k1 === k2
        ? [[k1, 3]]
        : [
            [k1, 2],
            [k2, 1],
          ];
    expect(new Map(a.revisionsNow())).toEqual(new Map(expected as Array<[string, number]>));

    const before = await open(dir).fingerprints();
    expect([...before.keys()].sort()).toEqual([...new Set([k1, k2])].sort());
    await a.put('g2', { id: '3', group: 'g2', n: 3 });
    const after = await open(dir).fingerprints();
    expect(after.get(k2)).not.toBe(before.get(k2));
    if (k1 !== k2) expect(after.get(k1)).toBe(before.get(k1));
    // A fresh reader has changed nothing, and reads only the shards it is asked for.
    const b = open(dir);
    expect(b.revisionsNow().size).toBe(0);
    expect((await b.inShards([k2])).map((r) => r.id).sort()).toEqual(['2', '3']);
  });
});
