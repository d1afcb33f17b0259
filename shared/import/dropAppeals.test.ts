import { describe, expect, it } from 'vitest';
import { findAppeals, type AppealItem } from './dropAppeals';

const p = (text: string, extra: Partial<AppealItem> = {}): AppealItem => ({
  text,
  cut: false,
  promo: false,
  ...extra,
});
const story = (n: number) =>
  p(
    `The council met on Tuesday and item ${n} of the agenda was the new harbour wall, which engineers said was overdue.`,
  );
const advice = p(
  'Wer den Vertrag früh kündigt, zahlt oft drauf: Sie verlieren im Beispiel rund 186 Euro im Jahr, und über dreißig Jahre summiert sich das auf mehrere tausend Euro, die Ihnen später in der Rente fehlen, wenn Sie nicht rechtzeitig gegensteuern, die Unterlagen Ihres Arbeitgebers prüfen und mit der Beratungsstelle Ihrer Krankenkasse oder einem unabhängigen Berater über die Alternativen sprechen.',
);

describe('findAppeals in a reader view (anchored only)', () => {
  const cases: Array<[string, AppealItem[], boolean[], string?]> = [
    [
      'a box with a heading, a pitch with money and amount buttons goes',
      [
        story(1),
        story(2),
        p('Support local news'),
        p('Readers like you keep us going: give £3 a month.'),
        p('£3 £5 £10'),
      ],
      [false, false, true, true, true],
    ],
    [
      'a long advice paragraph speaking money to the reader mid-story stays',
      [story(1), p('Was kostet das?'), advice, story(2), story(3)],
      [false, false, false, false, false],
    ],
    [
      'a box in an unspaced script is found by its label lines (no sentence end)',
      [
        story(1),
        story(2),
        story(3),
        story(4),
        story(5),
        p('有料会員になって記事を応援してください'),
        p('信州ローカルは、地域に根ざした取材を続けるため、読者の皆さまの会員登録に支えられています。'),
        p('月額980円 年額9,800円'),
      ],
      [false, false, false, false, false, true, true, true],
      '信州ローカル',
    ],
  ];
  it.each(cases)('%s', (_, items, expected, outlet) => {
    expect(findAppeals(items, outlet ?? null, true)).toEqual(expected);
  });
});
