import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { historyOf, readRecords, writeRecords } from './recordDoc';

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('records in a Y.Doc', () => {
  it('adds, changes and deletes, and merges two offline changes of one field with history', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeRecords(
      a,
      'claims',
      [{ id: 'c1', status: 'unverified', statement: 'S' }],
      'ann',
      '2026-01-01T00:00:00.000Z',
    );
    exchange(a, b);
    expect(readRecords(b, 'claims').get('c1')).toEqual({ id: 'c1', status: 'unverified', statement: 'S' });
    // Both change the status while apart; Bob's change is older.
    writeRecords(
      b,
      'claims',
      [{ id: 'c1', status: 'disputed', statement: 'S' }],
      'bob',
      '2026-01-01T00:01:00.000Z',
    );
    writeRecords(
      a,
      'claims',
      [{ id: 'c1', status: 'supported', statement: 'S' }],
      'ann',
      '2026-01-01T00:02:00.000Z',
    );
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(readRecords(doc, 'claims').get('c1')?.status).toBe('supported');
      expect(historyOf(doc, 'claims', 'c1')[0]).toEqual({
        field: 'status',
        value: 'disputed',
        by: 'bob',
        at: '2026-01-01T00:01:00.000Z',
      });
    }
    expect(writeRecords(a, 'claims', [], 'ann', 't4', () => false)).toBe(0);
    expect(writeRecords(a, 'claims', [], 'ann', '2026-01-01T00:03:00.000Z')).toBe(1);
    expect(readRecords(a, 'claims').size).toBe(0);
  });

  it('writes nothing when the records already match', () => {
    const doc = new Y.Doc();
    const records = [{ id: 'x', a: 1 }];
    writeRecords(doc, 'k', records, 'me', 't1');
    expect(writeRecords(doc, 'k', records, 'me', 't2')).toBe(0);
  });
});
