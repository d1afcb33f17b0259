import { describe, expect, it } from 'vitest';
import { decodeChanges, encodeChange, type ChangeOp } from './changeLog';

const OPS: ChangeOp[] = [
  { op: 'add', doc: { id: 'a', kind: 'note', title: 'Ærø notes', fields: { body: 'x' }, filters: {} } },
  { op: 'filters', id: 'a', filters: { tags: ['t'] } },
  { op: 'remove', id: 'a' },
];
const log = Buffer.concat(OPS.map(encodeChange));
const firstLength = encodeChange(OPS[0] as ChangeOp).length;

describe('decodeChanges', () => {
  it.each<[string, Buffer, number, boolean]>([
    ['an empty log', Buffer.alloc(0), 0, true],
    ['a whole log', log, 3, true],
    ['a record cut short (crash mid-append)', log.subarray(0, log.length - 3), 2, false],
    ['a length word cut short', log.subarray(0, firstLength + 2), 1, false],
    [
      'a flipped byte in the second record',
      Buffer.from(log).fill(0x41, firstLength + 12, firstLength + 13),
      1,
      false,
    ],
    ['garbage after good records', Buffer.concat([log, Buffer.from('garbage!')]), 3, false],
  ])('%s', (_name, bytes, count, complete) => {
    const decoded = decodeChanges(bytes);
    expect(decoded.ops).toEqual(OPS.slice(0, count));
    expect(decoded.complete).toBe(complete);
    expect(decoded.goodBytes).toBe(Buffer.concat(OPS.slice(0, count).map(encodeChange)).length);
  });
});
