import { describe, expect, it } from 'vitest';
import { buildSuggestions } from './buildSuggestions';
import type { EntitySuggestion, WordHints } from './entitySuggestion';

// A few words of lexicon knowledge, standing in for compromise.
const known: Record<string, string[]> = {
  vladimir: ['FirstName', 'Person'],
  russian: ['Demonym'],
  geneva: ['City', 'Place'],
  said: ['Verb', 'PastTense'],
  fell: ['Verb', 'PastTense'],
};
const hints: WordHints = { tagsOf: (word) => new Set(known[word] ?? []) };

const summary = (s: EntitySuggestion) => `${s.name}|${s.type}|${s.count}|${s.aliases.join(',')}`;

describe('buildSuggestions', () => {
  it.each([
    {
      what: 'titles stripped, surname and possessive merged',
      text: "Russian President Vladimir Putin arrived. President Putin's aides said Putin’s plan was ready.",
      expected: ['Vladimir Putin|person|3|Putin'],
    },
    {
      what: 'acronym defined in brackets, counted once there',
      text: 'The Northvale Regional Health Agency (NRHA) warned parents. Later the NRHA opened clinics.',
      expected: ['Northvale Regional Health Agency|organisation|2|NRHA'],
    },
    {
      what: 'dateline, "-based" and place cues',
      text: 'GENEVA — A Kyiv-based charity sent aid to Geneva and to the village of Hrodivka on Monday.',
      expected: ['Geneva|place|2|', 'Kyiv|place|1|', 'Hrodivka|place|1|'],
    },
    {
      what: 'surname particles and a sentence-initial particle',
      text: 'The court heard from Willem van der Berg, 61, who denies bribery. Van der Berg said he was innocent.',
      expected: ['Willem van der Berg|person|2|Van der Berg'],
    },
    {
      what: 'headline case and sentence-initial common words give nothing',
      text: 'Regulator Fines Streaming Giant Over Data\n\nOfficials said on Tuesday that fines would rise in March.',
      expected: [],
    },
    {
      what: 'brand short form joins the company, a place before an institution stays a place',
      text: 'Meridian Dynamics Inc agreed a deal. Shares in Meridian fell. The Harwick City Council met in Harwick.',
      expected: [
        'Meridian Dynamics Inc|organisation|2|Meridian',
        'Harwick City Council|organisation|1|',
        'Harwick|place|1|',
      ],
    },
  ])('$what', ({ text, expected }) => {
    expect(buildSuggestions(text, hints).map(summary)).toEqual(expected);
  });
});
