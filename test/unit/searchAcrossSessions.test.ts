import { shardKeyOf } from '../../electron/store/shardKey';
import { SOURCES_FOLDER } from '../../electron/store/sourceShards';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SearchIndex } from '../../electron/search/SearchIndex';
import { SHARD_FINGERPRINTS_FILE } from '../../electron/search/shardFingerprints';
import { SearchSync } from '../../electron/search/searchSync';
import { NotebookStore } from '../../electron/store/notebookStore';
import { NotebookSession } from '../../electron/session/notebookSession';
import { tempDir } from './helpers/tempDir';

const hitIds = (result: { groups: Array<{ hits: Array<{ id: string }> }> }) =>
  result.groups.flatMap((g) => g.hits.map((h) => h.id));

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

const open = (dir: string) => NotebookSession.open({ notebookDir: dir, userDataDir: null });

/** Far enough apart that typo tolerance never confuses two of them. */
const WORDS = [
  'anchor',
  'buoy',
  'cargo',
  'dredger',
  'estuary',
  'frigate',
  'gangway',
  'harpoon',
  'inlet',
  'jetty',
  'keel',
  'lagoon',
];

/** A notebook with `count` sources, each with one highlight whose comment is WORDS[i]. */
async function seeded(count: number): Promise<{ dir: string; sourceIds: string[]; highlightIds: string[] }> {
  const dir = join(await tempDir(), 'nb');
  const session = await open(dir);
  const sourceIds: string[] = [];
  const highlightIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const { sourceId } = await session.importText(`Report ${i}\n\nThe ferry to island ${i} was late again.`);
    const h = await session.handlers.createHighlight({
      sourceId,
      start: 10,
      end: 30,
      color: 1,
      comment: WORDS[i] ?? '',
      tags: [],
      entityIds: [],
    });
    sourceIds.push(sourceId);
    highlightIds.push(h.id);
  }
  await session.handlers.search({ query: 'ferry', limit: 5 });
  await session.close();
  return { dir, sourceIds, highlightIds };
}

describe('search index across sessions', () => {
  it('vouches for the highlight shards only between a clean close and the next search', async () => {
    const { dir } = await seeded(3);
    const file = join(dir, 'search', SHARD_FINGERPRINTS_FILE);
    expect(await exists(file)).toBe(true);
    const session = await open(dir);
    await session.handlers.search({ query: 'ferry', limit: 5 });
    // A crash from here on must not leave a claim that the index matches the shards.
    expect(await exists(file)).toBe(false);
    await session.close();
    expect(await exists(file)).toBe(true);
  });

  it('reads no highlight shard on a clean reopen, and finds what is there', async () => {
    const { dir, highlightIds } = await seeded(12);
    const session = await open(dir);
    const all = vi.spyOn(session.notebook.highlights, 'all');
    const inShards = vi.spyOn(session.notebook.highlights, 'inShards');
    expect(hitIds(await session.handlers.search({ query: 'harpoon', limit: 5 }))).toEqual([highlightIds[7]]);
    // The clean close vouched for notebook.json as it still is: not even the stamps are compared.
    expect(all).not.toHaveBeenCalled();
    expect(inShards).not.toHaveBeenCalled();
    await session.close();
  });

  it('finds highlights changed in a session that never searched', async () => {
    const { dir, sourceIds, highlightIds } = await seeded(6);
    const editing = await open(dir);
    await editing.handlers.updateHighlight({ id: highlightIds[2] ?? '', comment: 'lighthouse' });
    const added = await editing.handlers.createHighlight({
      sourceId: sourceIds[4] ?? '',
      start: 0,
      end: 6,
      color: 2,
      comment: 'breakwater',
      tags: [],
      entityIds: [],
    });
    await editing.handlers.deleteHighlight({ id: highlightIds[5] ?? '' });
    await editing.close();

    const session = await open(dir);
    const h = session.handlers;
    expect(hitIds(await h.search({ query: 'lighthouse', limit: 5 }))).toEqual([highlightIds[2]]);
    expect(hitIds(await h.search({ query: 'cargo', limit: 5 }))).toEqual([]);
    expect(hitIds(await h.search({ query: 'breakwater', limit: 5 }))).toEqual([added.id]);
    expect(hitIds(await h.search({ query: 'frigate', limit: 5 }))).toEqual([]);
    await session.close();
  });

  it('re-indexes highlights whose source or entity was renamed, even without a search in between', async () => {
    const { dir, sourceIds, highlightIds } = await seeded(4);
    const editing = await open(dir);
    const entity = await editing.handlers.createEntity({
      type: 'organisation',
      name: 'Harbour Board',
      aliases: [],
      description: '',
    });
    await editing.handlers.updateHighlight({ id: highlightIds[1] ?? '', entityIds: [entity.id] });
    await editing.handlers.search({ query: 'ferry', limit: 5 });
    await editing.handlers.updateEntity({ id: entity.id, name: 'Port Authority' });
    await editing.handlers.updateSourceMetadata({ id: sourceIds[3] ?? '', title: 'Quayside dispatch' });
    await editing.close();

    const session = await open(dir);
    const h = session.handlers;
    expect(hitIds(await h.search({ query: 'authority', kinds: ['highlight'], limit: 5 }))).toEqual([
      highlightIds[1],
    ]);
    expect(hitIds(await h.search({ query: 'quayside', kinds: ['highlight'], limit: 5 }))).toEqual([
      highlightIds[3],
    ]);
    await session.close();
  });

  it('compares stamps again when a source shard is not the one the clean close vouched for', async () => {
    const { dir, sourceIds } = await seeded(2);
    // Changed outside the app (a synced copy), or written just before a crash: same notebook.json
    // and highlight shards, another source shard.
    const path = join(dir, SOURCES_FOLDER, `${shardKeyOf(sourceIds[1] ?? '')}.json`);
    const file = JSON.parse(await readFile(path, 'utf8')) as {
      records: Array<{ id: string; title: string; updatedAt: string }>;
    };
    const source = file.records.find((s) => s.id === sourceIds[1]);
    if (!source) throw new Error('no source');
    Object.assign(source, { title: 'Lighthouse keepers', updatedAt: new Date().toISOString() });
    await writeFile(path, JSON.stringify(file));
    const session = await open(dir);
    expect(
      hitIds(await session.handlers.search({ query: 'lighthouse', kinds: ['source'], limit: 5 })),
    ).toEqual([sourceIds[1]]);
    await session.close();
  });

  it('reads every shard when the fingerprints file is damaged', async () => {
    const { dir, highlightIds } = await seeded(3);
    await writeFile(join(dir, 'search', SHARD_FINGERPRINTS_FILE), '{"version":1,"shards":{"zz"');
    const session = await open(dir);
    const all = vi.spyOn(session.notebook.highlights, 'all');
    expect(hitIds(await session.handlers.search({ query: 'buoy', limit: 5 }))).toEqual([highlightIds[1]]);
    expect(all).toHaveBeenCalled();
    await session.close();
  });
});

describe('search while the index is rebuilt', () => {
  it('answers at once from what is indexed so far, flagged, then catches up', async () => {
    const dir = join(await tempDir(), 'nb');
    const store = await NotebookStore.open(dir, { create: true });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const index = SearchIndex.open({
      dir: join(dir, 'search'),
      allDocs: async function* () {
        yield { id: 'early', kind: 'entity', title: 'Harbour Board', fields: {}, filters: {} } as const;
        await gate;
      },
    });
    const sync = new SearchSync(store, index);
    const partial = await sync.search('harbour', {}, 10);
    expect(partial).toMatchObject({ rebuilding: true, total: 1 });
    release();
    await (await index).whenReady();
    expect(await sync.search('harbour', {}, 10)).toMatchObject({ rebuilding: false });
    await sync.close();
    await store.close();
  });
});
