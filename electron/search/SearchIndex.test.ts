import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchDoc, SearchResult } from '../../shared/search';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { SearchIndex } from './SearchIndex';

const doc = (id: string, title: string, body: string, stamp = 'v1'): SearchDoc => ({
  id,
  kind: 'source',
  title,
  fields: { body },
  filters: {},
  stamp,
});

const NOTEBOOK: SearchDoc[] = [
  doc('s1', 'Harbour dredging approved', 'Work on the harbour starts in spring.'),
  doc('s2', 'Budget vote delayed', 'The council postponed the budget vote.'),
  doc('s3', 'Hospital strike', 'Nurses walked out on Monday.'),
];

const ids = (result: SearchResult): string[] => result.groups.flatMap((g) => g.hits.map((h) => h.id)).sort();

async function fresh(
  docs: SearchDoc[] = NOTEBOOK,
  compactAfter?: number,
): Promise<{ dir: string; index: SearchIndex }> {
  const dir = join(await tempDir(), 'search');
  const index = await SearchIndex.open({ dir, allDocs: () => docs, compactAfter });
  await index.whenReady();
  return { dir, index };
}

async function segmentFile(dir: string): Promise<string> {
  const name = (await readdir(dir)).find((n) => n.startsWith('segment-'));
  if (!name) throw new Error('no segment');
  return join(dir, name);
}

describe('SearchIndex', () => {
  it('builds a missing index in the background, flagging results until done', async () => {
    const dir = join(await tempDir(), 'search');
    const index = await SearchIndex.open({ dir, allDocs: () => NOTEBOOK });
    expect(index.status()).toMatchObject({ state: 'rebuilding', reason: 'missing' });
    expect(index.search('harbour').rebuilding).toBe(true);
    await index.whenReady();
    expect(index.search('harbour')).toMatchObject({ rebuilding: false });
    expect(ids(index.search('harbour'))).toEqual(['s1']);
    expect((await readdir(dir)).sort()).toEqual(['changes-1.log', 'manifest.json', 'segment-1.bin']);
    await index.close();
  });

  it('logs each change without rewriting the segment, and replays the log on open', async () => {
    const { dir, index } = await fresh();
    const segment = await segmentFile(dir);
    const before = await stat(segment);
    await index.add(doc('s4', 'Ferry timetable', 'New ferry routes.'));
    await index.add(doc('s2', 'Budget vote held', 'The council approved the budget.'));
    await index.remove('s3');
    await index.setFilters('s1', { tags: ['port'] });
    expect(ids(index.search('ferry'))).toEqual(['s4']);
    await index.close();
    const after = await stat(segment);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);

    const reopened = await SearchIndex.open({ dir, allDocs: () => [] });
    expect(reopened.status()).toEqual({ state: 'ready', docs: 3 });
    expect(ids(reopened.search('ferry'))).toEqual(['s4']);
    expect(ids(reopened.search('postponed'))).toEqual([]);
    expect(ids(reopened.search('approved'))).toEqual(['s1', 's2']);
    expect(ids(reopened.search('nurses'))).toEqual([]);
    expect(ids(reopened.search('', { tags: ['port'] }))).toEqual(['s1']);
    await reopened.close();
  });

  it('folds the log into a new segment once it grows, keeping every change', async () => {
    const { dir, index } = await fresh(NOTEBOOK, 5);
    for (let i = 0; i < 6; i++) await index.add(doc(`n${i}`, `Note ${i}`, `ferry crossing number${i}`));
    await index.remove('s1');
    await index.idle();
    expect((await readdir(dir)).sort()).toEqual(['changes-2.log', 'manifest.json', 'segment-2.bin']);
    expect(ids(index.search('ferry'))).toHaveLength(6);
    await index.close();
    const reopened = await SearchIndex.open({ dir, allDocs: () => [] });
    expect(ids(reopened.search('ferry'))).toHaveLength(6);
    expect(ids(reopened.search('"number5"'))).toEqual(['n5']);
    expect(ids(reopened.search('number5'))).toHaveLength(6); // one typo away from each other
    expect(ids(reopened.search('harbour'))).toEqual([]);
    await reopened.close();
  });

  it.each([
    [
      'a damaged segment',
      'damaged',
      async (dir: string) => {
        const path = await segmentFile(dir);
        const bytes = await readFile(path);
        bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0xff;
        await writeFile(path, bytes);
      },
    ],
    [
      'a truncated segment',
      'damaged',
      async (dir: string) => {
        const path = await segmentFile(dir);
        await writeFile(path, (await readFile(path)).subarray(0, 100));
      },
    ],
    ['a missing segment', 'damaged', async (dir: string) => writeFile(await segmentFile(dir), '')],
    [
      'an unreadable manifest',
      'damaged',
      async (dir: string) => writeFile(join(dir, 'manifest.json'), '{"format":'),
    ],
    [
      'an index from another format',
      'outdated',
      async (dir: string) => writeFile(join(dir, 'manifest.json'), '{"format":0,"generation":1}'),
    ],
  ])('rebuilds %s in the background', async (_name, reason, damage) => {
    const { dir, index } = await fresh();
    await index.close();
    await damage(dir);
    const notebook = [...NOTEBOOK, doc('s9', 'Added meanwhile', 'harbour pilots')];
    const reopened = await SearchIndex.open({ dir, allDocs: () => notebook });
    expect(reopened.status()).toMatchObject({ state: 'rebuilding', reason });
    await reopened.whenReady();
    expect(ids(reopened.search('harbour'))).toEqual(['s1', 's9']);
    await reopened.close();
    const again = await SearchIndex.open({ dir, allDocs: () => [] });
    expect(again.status().state).toBe('ready');
    expect(ids(again.search('harbour'))).toEqual(['s1', 's9']);
    await again.close();
  });

  it('keeps changes made during a rebuild over the stale copies it reads', async () => {
    const dir = join(await tempDir(), 'search');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slowNotebook(): AsyncIterable<SearchDoc> {
      yield NOTEBOOK[0] as SearchDoc;
      await gate;
      yield* NOTEBOOK.slice(1);
    }
    const index = await SearchIndex.open({ dir, allDocs: slowNotebook });
    const edit = index.add(doc('s2', 'Budget vote held', 'The council approved the budget.', 'v2'));
    const removal = index.remove('s3');
    release();
    await Promise.all([edit, removal, index.whenReady()]);
    expect(ids(index.search('approved'))).toEqual(['s1', 's2']);
    expect(ids(index.search('nurses'))).toEqual([]);
    await index.close();
    const reopened = await SearchIndex.open({ dir, allDocs: () => [] });
    expect(ids(reopened.search('approved'))).toEqual(['s1', 's2']);
    expect(ids(reopened.search('nurses'))).toEqual([]);
    await reopened.close();
  });

  it('drops a torn log tail and catches up through reconcile', async () => {
    const { dir, index } = await fresh();
    await index.add(doc('s4', 'Ferry timetable', 'New ferry routes.'));
    await index.close();
    await appendFile(join(dir, 'changes-1.log'), Buffer.from([200, 0, 0, 0, 1, 2, 3]));
    const reopened = await SearchIndex.open({ dir, allDocs: () => [] });
    expect(reopened.status()).toMatchObject({ state: 'ready', reason: 'changes-lost' });
    expect(ids(reopened.search('ferry'))).toEqual(['s4']);

    // The notebook meanwhile: s1 edited, s3 deleted, s5 added.
    const notebook = new Map<string, SearchDoc>(
      [
        doc('s1', 'Harbour dredging cancelled', 'No work this year.', 'v2'),
        NOTEBOOK[1] as SearchDoc,
        doc('s4', 'Ferry timetable', 'New ferry routes.'),
        doc('s5', 'Bridge repairs', 'The bridge closes.'),
      ].map((d) => [d.id, d]),
    );
    const stamps = new Map([...notebook].map(([id, d]) => [id, d.stamp]));
    const loaded: string[] = [];
    const changes = await reopened.reconcile(stamps, (id) => {
      loaded.push(id);
      return Promise.resolve(notebook.get(id) ?? null);
    });
    expect(loaded.sort()).toEqual(['s1', 's5']);
    expect(changes).toBe(3);
    expect(reopened.status().reason).toBeUndefined();
    expect(ids(reopened.search('cancelled'))).toEqual(['s1']);
    expect(ids(reopened.search('nurses'))).toEqual([]);
    expect(ids(reopened.search('bridge'))).toEqual(['s5']);
    await reopened.close();
  });

  it('refuses changes once closed', async () => {
    const { index } = await fresh();
    await index.close();
    await expect(index.add(doc('x', 'x', 'x'))).rejects.toThrow(/closed/);
  });
});
