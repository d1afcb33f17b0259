import { describe, expect, it } from 'vitest';
import type { Ratings } from '../model';
import { selectWeighing } from './selectWeighing';
import { claim, id, question, rating, source } from './testing/records';

const ratings: Ratings = {
  sources: [
    { ...rating('wire'), sourceId: id(1) },
    { ...rating('primary', 'leaked memo'), sourceId: id(2) },
  ],
  outlets: [
    { ...rating('established'), outlet: 'harbour gazette' },
    { ...rating('derivative'), outlet: 'spin daily' },
  ],
};
const all = {
  questions: [question(51, [31, 32, 'Unknown']), question(52, ['Yes', 'No']), question(53, [32])],
  ratings,
};

describe('selectWeighing', () => {
  const cases = [
    {
      name: 'whole notebook: every question, standalone ones too',
      claims: [31, 32],
      sources: [1, 2],
      whole: true,
      questions: [
        [51, 3],
        [52, 2],
        [53, 1],
      ],
    },
    {
      name: 'part: answers on left-out claims dropped, questions with none on packet claims left out',
      claims: [31],
      sources: [1],
      whole: false,
      questions: [[51, 2]],
    },
    { name: 'part with no claims: no questions', claims: [], sources: [], whole: false, questions: [] },
  ];
  it.each(cases)('$name', ({ claims, sources, whole, questions }) => {
    const kept = {
      claims: claims.map((n) => claim(n, [])),
      sources: sources.map((n) => source(n, { site: n === 1 ? 'Harbour  Gazette' : 'Other' })),
    };
    const out = selectWeighing(all, kept, whole);
    expect(out.questions.map((q) => [Number(q.id.slice(-2)), q.answers.length])).toEqual(questions);
    for (const q of out.questions)
      for (const a of q.answers)
        expect(a.claimId === null || claims.some((n) => id(n) === a.claimId)).toBe(true);
  });

  it('rates only the packet’s sources and their outlets', () => {
    const out = selectWeighing(
      all,
      { claims: [], sources: [source(1, { site: 'www.Harbour Gazette' })] },
      false,
    );
    expect(out.ratings).toEqual({
      sources: [{ ...rating('wire'), sourceId: id(1) }],
      outlets: [{ ...rating('established'), outlet: 'harbour gazette' }],
    });
  });
});
