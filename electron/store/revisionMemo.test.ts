import { describe, expect, it } from 'vitest';
import type { NotebookStore } from './notebookStore';
import { memoPerRevision, revisionOf } from './revisionMemo';

/** Just what a revision is read from: the three change counters. */
function fakeStore() {
  return { changeCount: 0, highlights: { changeCount: 0 }, similarity: { changeCount: 0 } };
}
const asStore = (s: ReturnType<typeof fakeStore>) => s as unknown as NotebookStore;

describe('memoPerRevision', () => {
  it('computes once per revision and again after any of the three kinds of change', async () => {
    const store = fakeStore();
    let runs = 0;
    const derived = memoPerRevision(() => Promise.resolve(++runs));
    expect(await derived(asStore(store))).toBe(1);
    expect(await derived(asStore(store))).toBe(1);
    for (const change of [
      () => store.changeCount++,
      () => store.highlights.changeCount++,
      () => store.similarity.changeCount++,
    ]) {
      const before = runs;
      change();
      expect(await derived(asStore(store))).toBe(before + 1);
      expect(await derived(asStore(store))).toBe(before + 1);
    }
  });

  it('keeps one value per store', async () => {
    const [a, b] = [fakeStore(), fakeStore()];
    const derived = memoPerRevision((s) => Promise.resolve(s));
    expect(await derived(asStore(a))).toBe(a);
    expect(await derived(asStore(b))).toBe(b);
    expect(await derived(asStore(a))).toBe(a);
  });

  it('does not keep a failure: the next call tries again', async () => {
    const store = fakeStore();
    let fail = true;
    const derived = memoPerRevision(() =>
      fail ? Promise.reject(new Error('disk gone')) : Promise.resolve('ok'),
    );
    await expect(derived(asStore(store))).rejects.toThrow('disk gone');
    fail = false;
    expect(await derived(asStore(store))).toBe('ok');
  });

  it('names distinct states distinctly', () => {
    const store = fakeStore();
    const seen = new Set([revisionOf(store)]);
    store.changeCount = 1;
    seen.add(revisionOf(store));
    store.highlights.changeCount = 1;
    seen.add(revisionOf(store));
    store.similarity.changeCount = 11;
    seen.add(revisionOf(store));
    expect(seen.size).toBe(4);
  });
});
