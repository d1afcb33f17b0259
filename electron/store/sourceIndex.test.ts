import { describe, expect, it } from 'vitest';
import type { Source } from '../../shared/model';
import { rng } from '../../shared/testing/rng';
import { SourceIndex, type SourceChanges } from './sourceIndex';

/** Only what the index reads of a source: its id and text hash (plus a version to tell copies apart). */
const src = (id: string, textSha256: string, version = 0) =>
  ({ id, textSha256, title: `${id}@${version}`, similar: [] }) as unknown as Source;

/** The index's contents with each source named by id and version, cheap to compare. */
const named = (index: SourceIndex) => {
  const { byId, byTextHash } = index.contents();
  return { byId: byId.map(([id, s]) => [id, s.title]), byTextHash };
};

type Step = (list: Source[]) => SourceChanges | undefined;

describe('SourceIndex follows reported changes like a full build', () => {
  const a = src('a', 'h1');
  const b = src('b', 'h2');
  it.each<[string, Source[], Step, Record<string, string | undefined>]>([
    ['adds a source', [a], (l) => (l.push(b), { put: [b] }), { a: 'h1', b: 'h2' }],
    ['removes a source', [a, b], (l) => (l.splice(0, 1), { drop: ['a'] }), { a: undefined, b: 'h2' }],
    [
      'replaces a source whose text hash changed',
      [a, b],
      (l) => ((l[0] = src('a', 'h9', 1)), { put: [l[0]] }),
      { a: 'h9', b: 'h2' },
    ],
    ['a change that left the list alone', [a, b], () => ({}), { a: 'h1', b: 'h2' }],
    [
      'a bulk rewrite that reports nothing',
      [a, b],
      (l) => (l.splice(0, 2, src('c', 'h3')), undefined),
      { a: undefined, b: undefined, c: 'h3' },
    ],
    [
      'a change that misreported an addition (the length disagrees): built again',
      [a],
      (l) => (l.push(b), {}),
      { a: 'h1', b: 'h2' },
    ],
  ])('%s', (_name, start, step, expected) => {
    const list = [...start];
    const index = SourceIndex.build(list).followed(list, list, step(list));
    expect(index.contents()).toEqual(SourceIndex.build(list).contents());
    for (const [id, hash] of Object.entries(expected)) {
      expect(index.sourceById(id)?.textSha256).toBe(hash);
      if (hash) expect(index.sourceByTextHash(hash)?.id).toBe(id);
    }
  });

  it('builds afresh when the change put a new array in place of the list', () => {
    const before = [a, b];
    const after = [b];
    const index = SourceIndex.build(before).followed(before, after, {});
    expect(index.contents()).toEqual(SourceIndex.build(after).contents());
  });

  it('keeps copies of one text apart: removing one leaves the other findable by its hash', () => {
    const list = [src('a', 'same'), src('b', 'same')];
    const index = SourceIndex.build(list);
    list.splice(0, 1);
    index.apply({ drop: ['a'] });
    expect(index.sourceByTextHash('same')?.id).toBe('b');
    expect(index.contents()).toEqual(SourceIndex.build(list).contents());
  });

  it('after each of 1,000 random changes, equals a full build of the list', () => {
    const random = rng(17);
    const pick = (n: number) => Math.floor(random() * n);
    const list: Source[] = [];
    let index = SourceIndex.build(list);
    let next = 0;
    for (let step = 0; step < 1000; step++) {
      const before = list;
      let changes: SourceChanges | undefined;
      const roll = random();
      // Few hashes, so copies of one text come and go too.
      const fresh = () => src(`s${next++}`, `h${pick(40)}`, step);
      if (roll < 0.4 || list.length === 0) {
        const added = [fresh(), ...(random() < 0.2 ? [fresh()] : [])];
        list.push(...added);
        changes = { put: added };
      } else if (roll < 0.6) {
        const at = pick(list.length);
        const old = list[at] as Source;
        list[at] = src(old.id, random() < 0.5 ? old.textSha256 : `h${pick(40)}`, step);
        changes = { put: [list[at]] };
      } else if (roll < 0.8) {
        const [gone] = list.splice(pick(list.length), 1);
        changes = { drop: [(gone as Source).id] };
      } else if (roll < 0.9) {
        changes = {}; // a change elsewhere in the notebook
      } else changes = undefined; // an unreported bulk change: here a shuffle
      if (changes === undefined) list.reverse();
      index = index.followed(before, list, changes);
      expect(named(index)).toEqual(named(SourceIndex.build(list)));
      expect(list.every((s) => index.sourceById(s.id) === s)).toBe(true);
    }
    expect(list.length).toBeGreaterThan(50);
  });
});
