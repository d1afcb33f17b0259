import { describe, expect, it } from 'vitest';
import { MAX_CARET_NAME, peerCarets } from './noteCarets';

const CARET = { anchor: { item: { client: 1, clock: 2 }, assoc: -1 }, head: { tname: 'default' } };

describe('peerCarets', () => {
  const cases: Array<[string, Array<[number, unknown]>, Array<{ clientId: number; name: string }>]> = [
    [
      'others with a name and a caret, in client order',
      [
        [9, { user: { name: 'Bob' }, cursor: CARET }],
        [3, { user: { name: 'Ann' }, cursor: CARET }],
      ],
      [
        { clientId: 3, name: 'Ann' },
        { clientId: 9, name: 'Bob' },
      ],
    ],
    ['not our own state', [[1, { user: { name: 'Me' }, cursor: CARET }]], []],
    ['not someone whose caret is out of the text', [[2, { user: { name: 'Ann' }, cursor: null }]], []],
    [
      'not a state without a name',
      [
        [2, { cursor: CARET }],
        [3, { user: { name: '  ' }, cursor: CARET }],
        [4, { user: { name: 5 }, cursor: CARET }],
      ],
      [],
    ],
    [
      'not a malformed caret',
      [
        [2, { user: { name: 'Ann' }, cursor: { anchor: {}, head: { item: { client: -1, clock: 0 } } } }],
        [3, { user: { name: 'Bo' }, cursor: { anchor: {}, head: {}, x: 1 } }],
      ],
      [],
    ],
    [
      'not a state that is not an object',
      [
        [2, 'Ann'],
        [3, null],
      ],
      [],
    ],
  ];
  for (const [what, states, expected] of cases)
    it(what, () => {
      expect(peerCarets(new Map(states), 1).map(({ clientId, name }) => ({ clientId, name }))).toEqual(
        expected,
      );
    });

  it('keeps the caret as given and cuts a long name', () => {
    const [peer] = peerCarets(new Map([[2, { user: { name: ` ${'x'.repeat(500)} ` }, cursor: CARET }]]), 1);
    expect(peer?.caret).toEqual(CARET);
    expect(peer?.name).toBe('x'.repeat(MAX_CARET_NAME));
  });
});
