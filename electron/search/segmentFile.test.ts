import { describe, expect, it } from 'vitest';
import { MemoryIndex } from '../../shared/search';
import { decodeSegment, encodeSegment, SegmentError } from './segmentFile';

async function sample(): Promise<{ index: MemoryIndex; bytes: Buffer }> {
  const index = new MemoryIndex();
  index.add({
    id: 's1',
    kind: 'source',
    title: 'Harbour news',
    fields: { body: 'The harbour in Zürich reopened.', meta: 'Ines Dahl', names: 'Zürich' },
    filters: { site: 'x.example', tags: ['a'] },
    stamp: '1',
  });
  index.add({
    id: 'h1',
    kind: 'highlight',
    sourceId: 's1',
    title: 'harbour reopened',
    fields: {},
    filters: {},
  });
  index.add({ id: 'gone', kind: 'note', title: 'Removed', fields: { body: 'nothing' }, filters: {} });
  index.remove('gone');
  return { index, bytes: await encodeSegment(await index.snapshot()) };
}

describe('segment files', () => {
  it('load back to an index giving the same answers', async () => {
    const { index, bytes } = await sample();
    const loaded = new MemoryIndex(decodeSegment(bytes));
    for (const query of ['harbour', 'zurich', '"harbour reopened"', 'dahl', 'nothing']) {
      expect(loaded.search(query)).toEqual(index.search(query));
    }
    expect(loaded.metaOf('s1')).toEqual({
      id: 's1',
      kind: 'source',
      title: 'Harbour news',
      filters: { site: 'x.example', tags: ['a'] },
      stamp: '1',
    });
  });

  it('load from a Buffer that is not 4-byte aligned', async () => {
    const { bytes } = await sample();
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    expect(decodeSegment(shifted.subarray(1)).docs.map((d) => d.id)).toEqual(['s1', 'h1']);
  });

  it('reject any damaged byte, truncation or another format', async () => {
    const { bytes } = await sample();
    for (let at = 0; at < bytes.length; at += 7) {
      const damaged = Buffer.from(bytes);
      damaged[at] = (damaged[at] ?? 0) ^ 0x10;
      expect(() => decodeSegment(damaged), `byte ${at}`).toThrow(SegmentError);
    }
    expect(() => decodeSegment(bytes.subarray(0, bytes.length - 1))).toThrow(SegmentError);
    expect(() => decodeSegment(Buffer.alloc(0))).toThrow(SegmentError);
  });
});
