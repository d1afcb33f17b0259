import { describe, expect, it } from 'vitest';
import type { DocMeta } from '../../shared/search';
import { decodeDocTable, encodeDocTable, SegmentError } from './docTableCodec';

const docs: DocMeta[] = [
  {
    id: 's1',
    kind: 'source',
    title: 'Harbour',
    filters: { site: 'a.example', tags: ['x'], hasHighlights: true },
    stamp: '1|abc|1',
  },
  {
    id: 'h1',
    kind: 'highlight',
    sourceId: 's1',
    title: 'quote "with" \n marks',
    filters: { site: 'a.example', tags: [], entityIds: [] },
    stamp: 't|u|',
  },
  {
    id: 'h2',
    kind: 'highlight',
    sourceId: 's1',
    title: '',
    filters: { site: 'a.example', tags: [], entityIds: [] },
  },
  { id: 'e1', kind: 'entity', title: 'Mara Quist', filters: { entityIds: ['e1'] } },
  { id: 'n1', kind: 'note', title: 'Zürich notes', filters: {} },
];

describe('document table codec', () => {
  it('gives back the documents it was given', async () => {
    expect(decodeDocTable(JSON.parse(await encodeDocTable(docs)))).toEqual(docs);
    expect(decodeDocTable(JSON.parse(await encodeDocTable([])))).toEqual([]);
  });

  it('stores repeated filter values once and shares them frozen', async () => {
    const json = await encodeDocTable(docs);
    expect((JSON.parse(json) as { filterSet: unknown[] }).filterSet).toHaveLength(4);
    const [, h1, h2] = decodeDocTable(JSON.parse(json));
    expect(h1?.filters).toBe(h2?.filters);
    expect(Object.isFrozen(h1?.filters)).toBe(true);
    expect(Object.isFrozen(h1?.filters.tags)).toBe(true);
  });

  it('pauses while encoding a big table', async () => {
    let pauses = 0;
    const many = Array.from({ length: 5000 }, (_, i): DocMeta => ({
      id: `d${i}`,
      kind: 'source',
      title: '',
      filters: {},
    }));
    await encodeDocTable(many, () => {
      pauses++;
      return undefined;
    });
    expect(pauses).toBeGreaterThan(5);
  });

  it.each([
    ['not an object', null],
    [
      'columns of different lengths',
      { ids: ['a'], kinds: [], titles: [], stamps: [], strings: [], sources: [], filterSet: [], filters: [] },
    ],
    [
      'a filters index out of range',
      {
        ids: ['a'],
        kinds: [0],
        titles: [''],
        stamps: [null],
        strings: [],
        sources: [-1],
        filterSet: [],
        filters: [0],
      },
    ],
    [
      'an id that is not text',
      {
        ids: [1],
        kinds: [0],
        titles: [''],
        stamps: [null],
        strings: [],
        sources: [-1],
        filterSet: [{}],
        filters: [0],
      },
    ],
    [
      'filters that are not an object',
      {
        ids: ['a'],
        kinds: [0],
        titles: [''],
        stamps: [null],
        strings: [],
        sources: [-1],
        filterSet: [3],
        filters: [0],
      },
    ],
  ])('rejects %s', (_, table) => {
    expect(() => decodeDocTable(table)).toThrow(SegmentError);
  });
});
