import { describe, expect, it } from 'vitest';
import { DocTable, type DocMeta } from './docTable';
import { FIELD_COUNT } from './types';

const metas: DocMeta[] = Array.from({ length: 3000 }, (_, i) => ({
  id: `d${i}`,
  kind: i % 3 ? 'highlight' : 'source',
  title: `t${i}`,
  filters: {},
}));
const lens = Uint32Array.from({ length: metas.length * FIELD_COUNT }, (_, k) => (k * 7) % 13);

describe('DocTable.addAll', () => {
  it('ends in the same state as adding one by one', () => {
    const one = new DocTable();
    metas.forEach((m, d) => one.add(m, lens.subarray(d * FIELD_COUNT, (d + 1) * FIELD_COUNT), null));
    const all = new DocTable();
    all.addAll(metas, lens);
    expect(all.count).toBe(one.count);
    expect(all.aliveCount).toBe(one.aliveCount);
    expect([...all.ids()]).toEqual([...one.ids()]);
    expect(all.docOf('d2999')).toBe(2999);
    for (let f = 0; f < FIELD_COUNT; f++) expect(all.averageLength(f)).toBe(one.averageLength(f));
    expect(all.fieldLens.subarray(0, lens.length)).toEqual(one.fieldLens.subarray(0, lens.length));
    expect(all.kinds.subarray(0, metas.length)).toEqual(one.kinds.subarray(0, metas.length));
  });

  it('adds after documents already there, and add() still works after it', () => {
    const table = new DocTable();
    table.add(metas[0] as DocMeta, [1, 2, 3, 4], ['a', 'b', 'c', 'd']);
    table.addAll(metas.slice(1), lens);
    table.add({ id: 'last', kind: 'note', title: '', filters: {} }, [1, 1, 1, 1], ['', '', '', '']);
    expect(table.count).toBe(metas.length + 1);
    expect(table.docOf('d1')).toBe(1);
    expect(table.docOf('last')).toBe(metas.length);
    expect(table.remove('d5')).toBe(true);
    expect(table.aliveCount).toBe(metas.length);
  });
});
