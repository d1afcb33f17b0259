import { describe, expect, it } from 'vitest';
import { isSentenceLike, wordsOf } from './lineShape';
import { relatedLinkRuns } from './relatedLinks';
import type { CandidateBlock } from './types';

const item = (text: string, linkDensity = 0, kind: CandidateBlock['kind'] = 'p') => ({
  block: { kind, text, linkDensity },
  words: wordsOf(text).length,
  sentence: isSentenceLike(text),
});
const story = [
  item('The council approved the new bus routes on Tuesday after a long debate about costs.'),
  item('Work on the first route starts in May, and the city expects to finish it by the autumn.'),
];

describe('relatedLinkRuns', () => {
  it.each<[string, ReturnType<typeof item>[], number[]]>([
    [
      'linked headlines after the story, with their label, in any language',
      [
        ...story,
        item('Читайте также', 0, 'h'),
        ...['Мэр открыл мост', 'Новый парк в центре', 'Цены на проезд'].map((t) => item(t, 1, 'li')),
      ],
      [2, 3, 4, 5],
    ],
    [
      'two links are not a block',
      [...story, item('Bridge reopens', 1, 'li'), item('Park opens', 1, 'li')],
      [],
    ],
    [
      'references end like sentences and stay',
      [
        ...story,
        ...['Smith, J. Buses. 2019.', 'Lee, K. Routes. 2020.', 'Ruiz, A. Cities. 2021.'].map((t) =>
          item(t, 1, 'li'),
        ),
      ],
      [],
    ],
    [
      'links before the last paragraph stay',
      [item('Bridge reopens', 1, 'li'), item('Park opens', 1, 'li'), item('Fares rise', 1, 'li'), ...story],
      [],
    ],
  ])('%s', (_, items, expected) => {
    expect([...relatedLinkRuns(items)].sort((a, b) => a - b)).toEqual(expected);
  });
});
