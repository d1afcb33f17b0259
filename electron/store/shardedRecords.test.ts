import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { ShardedRecords, shardKeyOf } from './shardedRecords';

const schema = z.object({ id: z.string(), group: z.string(), n: z.number() });
type Rec = z.infer<typeof schema>;
const open = (dir: string) => new ShardedRecords<Rec>(dir, schema, (r) => r.group);

describe('ShardedRecords', () => {
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
});
