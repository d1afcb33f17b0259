import { describe, expect, it } from 'vitest';
import { diffRecord, isChange, lastChange, recordHistory, resolveRecord, type Change } from './recordLog';

const set = (f: string, v: unknown, by: string, at: string): Change => ({ f, v, by, at });
const del = (by: string, at: string): Change => ({ del: true, by, at });

describe('resolveRecord', () => {
  const cases: Array<[string, Change[], Record<string, unknown> | null]> = [
    ['empty log', [], null],
    ['one change', [set('status', 'unverified', 'a', 't1')], { status: 'unverified' }],
    ['later wins', [set('s', 'x', 'a', 't2'), set('s', 'y', 'b', 't1')], { s: 'x' }],
    ['order in the log does not matter', [set('s', 'y', 'b', 't1'), set('s', 'x', 'a', 't2')], { s: 'x' }],
    ['tie broken by author', [set('s', 'x', 'a', 't1'), set('s', 'y', 'b', 't1')], { s: 'y' }],
    ['fields independent', [set('s', 1, 'a', 't1'), set('t', 2, 'b', 't2')], { s: 1, t: 2 }],
    ['deleted after', [set('s', 1, 'a', 't1'), del('b', 't2')], null],
    [
      'changed after deletion comes back',
      [set('s', 1, 'a', 't1'), del('b', 't2'), set('s', 3, 'a', 't3')],
      { s: 3 },
    ],
  ];
  it.each(cases)('%s', (_name, log, expected) => expect(resolveRecord(log)).toEqual(expected));
});

describe('recordHistory', () => {
  it('keeps the overwritten value with who and when, newest first', () => {
    const log = [
      set('status', 'unverified', 'ann', 't1'),
      set('status', 'disputed', 'bob', 't2'),
      set('status', 'supported', 'ann', 't3'),
      set('title', 'T', 'ann', 't1'),
    ];
    expect(recordHistory(log)).toEqual([
      { field: 'status', value: 'disputed', by: 'bob', at: 't2' },
      { field: 'status', value: 'unverified', by: 'ann', at: 't1' },
    ]);
    expect(lastChange(log)).toEqual({ by: 'ann', at: 't3' });
  });
});

describe('diffRecord', () => {
  const cases: Array<[string, Record<string, unknown> | null, Record<string, unknown> | null, Change[]]> = [
    ['nothing to nothing', null, null, []],
    ['new record', null, { a: 1 }, [set('a', 1, 'me', 'T')]],
    ['deleted here', { a: 1 }, null, [del('me', 'T')]],
    ['unchanged', { a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }, []],
    ['one field changed', { a: 1, b: 2 }, { a: 1, b: 3 }, [set('b', 3, 'me', 'T')]],
    ['nested value changed', { e: [{ x: 1 }] }, { e: [{ x: 2 }] }, [set('e', [{ x: 2 }], 'me', 'T')]],
    ['undefined fields skipped', { a: 1 }, { a: 1, b: undefined }, []],
  ];
  it.each(cases)('%s', (_name, shared, local, expected) =>
    expect(diffRecord(shared, local, 'me', 'T')).toEqual(expected),
  );
});

describe('isChange', () => {
  const cases: Array<[unknown, boolean]> = [
    [set('a', 1, 'x', 't'), true],
    [del('x', 't'), true],
    [{ f: 'a', by: 'x', at: 't' }, false],
    [{ del: false, by: 'x', at: 't' }, false],
    [null, false],
    ['text', false],
    [{ f: 1, v: 1, by: 'x', at: 't' }, false],
  ];
  it.each(cases)('%j → %s', (value, expected) => expect(isChange(value)).toBe(expected));
});
