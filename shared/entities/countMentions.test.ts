import { describe, expect, it } from 'vitest';
import { countMentions } from './countMentions';

describe('countMentions', () => {
  it.each([
    {
      what: 'a longer name claims its words',
      text: 'Harwick City Council met in Harwick. Harwick voted.',
      entities: [['Harwick City Council'], ['Harwick']],
      expected: [
        { count: 1, firstOffset: 0 },
        { count: 2, firstOffset: 28 },
      ],
    },
    {
      what: 'possessives with either apostrophe and any alias count',
      text: "Vladimir Putin spoke. Putin's aides agreed; Putin’s office did not.",
      entities: [['Vladimir Putin', 'Putin']],
      expected: [{ count: 3, firstOffset: 0 }],
    },
    {
      what: 'a name in capitals (dateline) counts, a word inside another word does not',
      text: 'GENEVA — Talks in Geneva resumed near Genevans.',
      entities: [['Geneva']],
      expected: [{ count: 2, firstOffset: 0 }],
    },
    {
      what: 'an acronym in brackets right after its name is a definition, not a mention',
      text: 'The Disaster Agency (DA) said the DA would help.',
      entities: [['Disaster Agency', 'DA']],
      expected: [{ count: 2, firstOffset: 4 }],
    },
    {
      what: 'an entity never found has count 0',
      text: 'Nothing here.',
      entities: [['Kyiv']],
      expected: [{ count: 0, firstOffset: -1 }],
    },
  ])('$what', ({ text, entities, expected }) => {
    expect(countMentions(text, entities)).toEqual(expected);
  });
});
