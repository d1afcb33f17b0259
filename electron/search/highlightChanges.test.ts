import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../shared/model';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { NotebookSession } from '../session/notebookSession';
import { NotebookStore } from '../store/notebookStore';
import { SearchIndex } from './SearchIndex';
import { allSearchDocs, loadSearchDoc, snapshotNotebook } from './searchDocs';
import { SearchSync } from './searchSync';

const hitIds = (result: { groups: Array<{ hits: Array<{ id: string }> }> }) =>
  result.groups.flatMap((g) => g.hits.map((h) => h.id)).sort();

function highlight(sourceId: string, id: string, comment: string, updatedAt: string): Highlight {
  return {
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt,
    sourceId,
    color: 1,
    comment,
    tags: [],
    entityIds: [],
    quote: { type: 'TextQuoteSelector', exact: 'ferry', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 4, end: 9 },
    confidential: false,
  };
}

/** A closed notebook with three sources and no highlights. */
async function threeSources(): Promise<{ dir: string; ids: string[] }> {
  const dir = join(await tempDir(), 'nb');
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  const ids: string[] = [];
  for (const place of ['Hel', 'Rugia', 'Usedom'])
    ids.push((await session.importText(`Ferry to ${place}\n\nThe ferry to ${place} was late.`)).sourceId);
  await session.close();
  return { dir, ids };
}

describe('search catching up with highlight changes alone', () => {
  it('leaves the index exactly as a full comparison with the notebook would', async () => {
    const { dir, ids } = await threeSources();
    const [a = '', b = '', c = ''] = ids;
    const store = await NotebookStore.open(dir);
    const index = SearchIndex.open({
      dir: join(dir, 'search'),
      allDocs: async function* () {
        yield* allSearchDocs(store);
      },
    });
    const sync = new SearchSync(store, index);
    expect(hitIds(await sync.search('ferry', { hasHighlights: true }, 10))).toEqual([]);

    // Created in two sources, one edited, one removed (its source keeps none), one restored.
    await store.highlights.put(a, highlight(a, 'h1', 'lighthouse', '2026-01-02T00:00:00.000Z'));
    await store.highlights.put(b, highlight(b, 'h2', 'breakwater', '2026-01-02T00:00:00.000Z'));
    await store.highlights.put(c, highlight(c, 'h3', 'quay', '2026-01-02T00:00:00.000Z'));
    sync.markDirty();
    expect(hitIds(await sync.search('breakwater', {}, 10))).toEqual(['h2']);
    await store.highlights.put(a, highlight(a, 'h1', 'pier', '2026-01-03T00:00:00.000Z'));
    await store.highlights.remove(b, 'h2');
    await store.highlights.remove(c, 'h3');
    await store.highlights.put(c, highlight(c, 'h3', 'quay', '2026-01-04T00:00:00.000Z'));
    sync.markDirty();
    expect(hitIds(await sync.search('lighthouse', {}, 10))).toEqual([]);
    expect(hitIds(await sync.search('pier', {}, 10))).toEqual(['h1']);
    expect(hitIds(await sync.search('breakwater', {}, 10))).toEqual([]);
    expect(hitIds(await sync.search('ferry', { kinds: ['source'], hasHighlights: true }, 10))).toEqual(
      [a, c].sort(),
    );

    // The full comparison finds nothing left to change.
    const snapshot = await snapshotNotebook(store);
    const changes = await (
      await index
    ).reconcile(snapshot.stamps, (id) => loadSearchDoc(store, snapshot, id), snapshot.keep);
    expect(changes).toBe(0);
    await sync.close();
    await store.close();
  });
});
