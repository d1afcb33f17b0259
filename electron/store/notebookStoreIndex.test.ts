import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../shared/model';
import { rng } from '../../shared/testing/rng';
import { addPlainSource } from '../../test/unit/helpers/addPlainSource';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { NotebookStore } from './notebookStore';
import { SourceIndex } from './sourceIndex';

const src = (id: string, textSha256: string) =>
  ({ id, textSha256, title: id, similar: [] }) as unknown as Source;

/** The store's lookups answer as a full build over its list would, for every id and hash seen. */
function expectLookupsAsBuilt(store: NotebookStore, ids: Set<string>, hashes: Set<string>): void {
  const built = SourceIndex.build(store.sources());
  for (const id of ids) expect(store.sourceById(id), id).toBe(built.sourceById(id));
  for (const hash of hashes) {
    const found = store.sourceByTextHash(hash);
    expect(found !== undefined, hash).toBe(built.sourceByTextHash(hash) !== undefined);
    if (found) expect(store.sources().includes(found) && found.textSha256 === hash).toBe(true);
  }
}

describe('NotebookStore keeps its source lookups current change by change', () => {
  it('after each of 60 random changes through its calls, answers as a full build would', async () => {
    const store = await NotebookStore.open(join(await tempDir(), 'nb'), { create: true });
    const random = rng(1717);
    const pick = (n: number) => Math.floor(random() * n);
    // Few texts, so copies of one text (as a packet or sync may bring) come and go too.
    const texts = await Promise.all([...Array(8).keys()].map((i) => store.texts.put(`Text ${i}.`)));
    const ids = new Set<string>(['never']);
    const hashes = new Set<string>(texts);
    for (let step = 0; step < 60; step++) {
      const list = store.sources();
      const some = list[pick(list.length)];
      const fresh = src(`s${step}`, texts[pick(texts.length)] ?? '');
      ids.add(fresh.id);
      const roll = random();
      if (roll < 0.15) {
        const imported = await addPlainSource(store, { title: `T${step}`, text: `Report ${step}.\nMore.` });
        if (imported.status === 'imported') ids.add(imported.sourceId);
        hashes.add(store.sourceById(imported.sourceId)?.textSha256 ?? '');
      } else if (roll < 0.35 || !some) await store.add('sources', fresh);
      else if (roll < 0.5) await store.replace('sources', { ...some, textSha256: fresh.textSha256 });
      else if (roll < 0.65) await store.removeSource(some.id);
      else if (roll < 0.75) await store.mutate((file) => void file.sources.push(fresh), { put: [fresh] });
      else if (roll < 0.85) await store.mutate((file) => void (file.notebook.name = `n${step}`), {});
      // A bulk change that does not say what it did: the store builds its lookups again.
      else await store.mutate((file) => void (file.sources = [...file.sources.slice(1), fresh]));
      expectLookupsAsBuilt(store, ids, hashes);
    }
    expect(store.sources().length).toBeGreaterThan(5);
    await store.close();
  });

  it('builds its lookups again when a change throws halfway', async () => {
    const store = await NotebookStore.open(join(await tempDir(), 'nb'), { create: true });
    const added = src('a', 'h1');
    await expect(
      store.mutate((file) => {
        file.sources.push(added);
        throw new Error('halfway');
      }, {}),
    ).rejects.toThrow('halfway');
    expect(store.sourceById('a')).toBe(added);
    await store.mutate((file) => void file.sources.splice(0, 1), { drop: ['a'] });
    expect(store.sourceById('a')).toBeUndefined();
    await store.close();
  });
});
