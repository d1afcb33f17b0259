import { describe, expect, it } from 'vitest';
import { MemoryIndex } from './memoryIndex';
import type { SearchDoc, SearchDocFilters, SearchFilters, SearchResult } from './types';

const FILLER =
  'The committee met on Tuesday to discuss the schedule for the coming months and agreed to meet again soon.';

const source = (id: string, title: string, body: string, filters: SearchDocFilters = {}): SearchDoc => ({
  id,
  kind: 'source',
  title,
  fields: { body, meta: 'Staff reporter' },
  filters,
});

function notebook(): MemoryIndex {
  const index = new MemoryIndex();
  index.add(
    source('s1', 'Harbour dredging approved', `${FILLER} Work starts in spring.`, {
      site: 'Coast Post',
      date: '2024-03-02',
      tags: ['port'],
      hasHighlights: true,
    }),
  );
  index.add(
    source('s2', 'Budget vote delayed', `${FILLER} The harbour fees were not discussed.`, {
      site: 'valley.example',
      date: '2024-05-10',
      tags: ['Council'],
    }),
  );
  index.add(
    source(
      's3',
      'Strike at the hospital',
      `${FILLER} Nurses walked out; the mayor said talks would resume.`,
      { site: 'coast post', date: '2023-12-31T23:00:00Z', entityIds: ['e-mara'] },
    ),
  );
  index.add(
    source('s4', 'Café owners protest', `${FILLER} Owners in Zürich said rents doubled.`, {
      date: '2024-05-11',
    }),
  );
  index.add({
    id: 'h1',
    kind: 'highlight',
    sourceId: 's3',
    title: 'the mayor said talks would resume',
    fields: { body: 'check with the union' },
    filters: {},
  });
  index.add({
    id: 'n1',
    kind: 'note',
    title: 'Harbour story plan',
    fields: { body: 'Call the port authority about the dredging.' },
    filters: {},
  });
  index.add({ id: 'e1', kind: 'entity', title: 'Mara Quist', fields: { names: 'M. Quist' }, filters: {} });
  index.add({ id: 'c1', kind: 'claim', title: 'The mayor promised a new bridge', fields: {}, filters: {} });
  return index;
}

const ids = (result: SearchResult): string[] => result.groups.flatMap((g) => g.hits.map((h) => h.id));
const idsOf = (result: SearchResult, kind: string): string[] =>
  result.groups.find((g) => g.kind === kind)?.hits.map((h) => h.id) ?? [];

describe('MemoryIndex.search', () => {
  const index = notebook();

  it.each<[string, string, SearchFilters, string[]]>([
    ['a word, any kind', 'dredging', {}, ['s1', 'n1']],
    ['case and diacritics do not matter', 'CAFE zurich', {}, ['s4']],
    ['all words must match', 'harbour fees', {}, ['s2']],
    ['a phrase needs its words together', '"mayor said"', {}, ['s3', 'h1']],
    ['a phrase in another order does not match', '"said mayor"', {}, []],
    ['a prefix', 'dredg*', {}, ['s1', 'n1']],
    ['one typo in a long word', 'hospitl', {}, ['s3']],
    ['no typos in short words', 'cafx', {}, []],
    ['exclusion', 'harbour -fees', {}, ['s1', 'n1']],
    ['exclusion of a phrase', 'mayor -"talks would"', {}, ['c1']],
    ['entity names and aliases', 'quist', {}, ['e1']],
    ['an unknown word matches nothing', 'harbour zeppelin', {}, []],
    ['kind filter', 'harbour', { kinds: ['note'] }, ['n1']],
    ['site filter ignores case', 'committee', { site: 'COAST POST' }, ['s1', 's3']],
    ['tag filter', 'committee', { tags: ['council'] }, ['s2']],
    ['entity filter', 'committee', { entityIds: ['e-mara'] }, ['s3']],
    [
      'date range, to-date covers its day',
      'committee',
      { dateFrom: '2024-01-01', dateTo: '2024-05-10' },
      ['s1', 's2'],
    ],
    ['has highlights', 'committee', { hasHighlights: true }, ['s1']],
    ['within one source', 'mayor', { sourceId: 's3' }, ['s3', 'h1']],
    ['filters alone list newest first', '', { kinds: ['source'], dateFrom: '2024-05-01' }, ['s4', 's2']],
  ])('%s', (_name, query, filters, expected) => {
    expect(ids(index.search(query, filters)).sort()).toEqual([...expected].sort());
  });

  it('ranks a title hit above a body-only hit, however often the body repeats it', () => {
    const local = new MemoryIndex();
    local.add(
      source('body', 'Weekly roundup', `${FILLER} Harbour, harbour, harbour: the harbour again. ${FILLER}`),
    );
    local.add(source('title', 'Harbour reopens', `${FILLER} ${FILLER}`));
    expect(idsOf(local.search('harbour'), 'source')).toEqual(['title', 'body']);
  });

  it('ranks the exact word above a one-typo variant', () => {
    const local = new MemoryIndex();
    local.add(source('variant', 'Ports', `${FILLER} The harbours were busy.`));
    local.add(source('exact', 'Ports', `${FILLER} The harbour was busy.`));
    expect(idsOf(local.search('harbour'), 'source')).toEqual(['exact', 'variant']);
  });

  it('groups by kind, best group first, with totals and at most `limit` hits each', () => {
    const result = index.search('mayor', {}, 1);
    expect(result.groups.map((g) => g.kind).sort()).toEqual(['claim', 'highlight', 'source']);
    expect(result.groups.every((g) => g.hits.length === 1)).toBe(true);
    expect(result.total).toBe(3);
    const scores = result.groups.map((g) => g.hits[0]?.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.groups.find((g) => g.kind === 'highlight')?.hits[0]).toMatchObject({
      id: 'h1',
      sourceId: 's3',
    });
  });

  it('returns snippets with the matched words marked', () => {
    const hit = index.search('zurich').groups[0]?.hits[0];
    expect(hit?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['Zürich']);
    const titleOnly = index.search('quist').groups[0]?.hits[0];
    expect(titleOnly?.snippet.some((p) => p.match)).toBe(true);
  });
});

describe('MemoryIndex updates', () => {
  it.each<[string, (index: MemoryIndex) => void, string, string[], SearchFilters?]>([
    [
      'adding a source',
      (i) => i.add(source('s9', 'Ferry timetable', 'New ferry routes announced.')),
      'ferry',
      ['s9'],
    ],
    [
      'editing a source',
      (i) => i.add(source('s1', 'Harbour dredging cancelled', 'No work this year.')),
      'spring',
      [],
    ],
    [
      'an edit is searchable',
      (i) => i.add(source('s1', 'Harbour dredging cancelled', 'No work this year.')),
      'cancelled',
      ['s1'],
    ],
    ['deleting a source', (i) => i.remove('s4'), 'zurich', []],
    [
      'adding a highlight',
      (i) =>
        i.add({
          id: 'h2',
          kind: 'highlight',
          sourceId: 's4',
          title: 'rents doubled',
          fields: {},
          filters: {},
        }),
      '"rents doubled"',
      ['s4', 'h2'],
    ],
    [
      'editing a highlight comment',
      (i) =>
        i.add({
          id: 'h1',
          kind: 'highlight',
          sourceId: 's3',
          title: 'the mayor said talks would resume',
          fields: { body: 'confirmed by phone' },
          filters: {},
        }),
      'union',
      [],
    ],
    ['deleting a highlight', (i) => i.remove('h1'), 'union', []],
    [
      'adding a note',
      (i) =>
        i.add({
          id: 'n2',
          kind: 'note',
          title: 'Questions',
          fields: { body: 'Who pays the dredging?' },
          filters: {},
        }),
      'dredging',
      ['s1', 'n1', 'n2'],
    ],
    [
      'editing a note',
      (i) => i.add({ id: 'n1', kind: 'note', title: 'Plan', fields: { body: 'Nothing yet.' }, filters: {} }),
      'dredging',
      ['s1'],
    ],
    ['deleting a note', (i) => i.remove('n1'), 'authority', []],
    [
      'changing filters only',
      (i) => i.setFilters('s2', { tags: ['port'] }),
      'committee',
      ['s1', 's2'],
      { tags: ['port'] },
    ],
  ])('%s is reflected in the next search', (_name, change, query, expected, filters = {}) => {
    const index = notebook();
    change(index);
    expect(ids(index.search(query, filters)).sort()).toEqual([...expected].sort());
  });

  it('gives the same answers after a snapshot as before it', async () => {
    const index = notebook();
    index.remove('s2');
    index.add(source('s5', 'Late addition', 'The harbour master resigned.'));
    const copy = new MemoryIndex(await index.snapshot());
    for (const query of ['harbour', '"mayor said"', 'dredg*', 'hospitl', 'mayor -talks', '']) {
      expect(copy.search(query, { kinds: ['source', 'note'] })).toEqual(
        index.search(query, { kinds: ['source', 'note'] }),
      );
    }
    expect(copy.size).toBe(index.size);
  });
});
