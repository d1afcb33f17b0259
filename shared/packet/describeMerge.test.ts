import { describe, expect, it } from 'vitest';
import { describeMerge } from './describeMerge';
import { id } from './testing/records';

describe('describeMerge', () => {
  it('lists each record already here that would change or differ, kind by kind', () => {
    const lines = describeMerge(
      [
        {
          kind: 'source',
          id: id(1),
          label: 'Budget vote',
          fields: [
            { field: 'title', outcome: 'kept-yours', yours: 'Budget vote', theirs: 'Vote delayed' },
            { field: 'confidential', outcome: 'stays-confidential', yours: 'true', theirs: 'false' },
          ],
        },
        {
          kind: 'highlight',
          id: id(2),
          label: 'passage',
          fields: [{ field: 'tags', outcome: 'added', yours: '["a"]', theirs: '["b"]' }],
        },
      ],
      [{ kind: 'note', id: id(3), keptAs: id(4), label: 'Draft' }],
      true,
    );
    expect(lines).toEqual([
      '1 source already here would change or differ:',
      '  “Budget vote”: title: yours kept (the packet has “Vote delayed”); stays confidential (the packet has it not confidential)',
      '1 highlight already here would change or differ:',
      "  “passage”: tags: the packet's items added to yours",
      '1 note with the same id but other content would be kept both ways:',
      `  “Draft” (the packet's copy as ${id(4)})`,
    ]);
  });

  it('says nothing when nothing already here is touched, and uses the past tense after an import', () => {
    expect(describeMerge([], [], true)).toEqual([]);
    expect(
      describeMerge(
        [
          {
            kind: 'entity',
            id: id(1),
            label: 'A',
            fields: [{ field: 'confidential', outcome: 'raised', yours: 'false', theirs: 'true' }],
          },
        ],
        [],
        false,
      )[0],
    ).toBe('1 entity already here changed or differ:');
  });
});
