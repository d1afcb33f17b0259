import { describe, expect, it } from 'vitest';
import type { CandidateBlock } from '../../../shared/import/types';
import { pickBody } from './pickBody';
import type { ReaderView } from './readerView';

const p = (text: string): CandidateBlock => ({ kind: 'p', text });
const li = (text: string): CandidateBlock => ({ kind: 'li', text });

// Our own prose: a run of sentence-like paragraphs long enough to beat a short reading.
const PROSE = Array.from({ length: 8 }, (_, i) =>
  p(
    `On day ${i + 1} the volunteers walked the whole shore again and counted every plastic bottle, net and bag they found. They wrote the numbers in a shared table so the council could compare the beaches at the end of the summer.`,
  ),
);
const LIST = [li('Two kilos of flour'), li('Half a litre of milk'), li('Three eggs from the farm')];
// A signatories list of 130 words and not one sentence (a reader view's pick beside an open letter).
const SIGNATORIES = Array.from({ length: 26 }, (_, i): CandidateBlock => ({
  kind: 'p',
  text: `Signer Number${i} Surname, University of Somewhere`,
  listLike: 'line',
}));
// Page chrome, cut by the cleanup; seven lines keep the list out of the densest run's lead-in.
const NAV = ['Home', 'About', 'Contact', 'Archive', 'Search', 'Log in', 'Imprint'].map(
  (text): CandidateBlock => ({ kind: 'p', text, linkDensity: 1, furniture: 'chrome' }),
);

// A short story of two paragraphs, and one long notice elsewhere on the page (a help desk's hours).
const SHORT_STORY = [
  p('The ferry to the island left an hour late on Monday because of fog, the operator said in the evening.'),
  p(
    'Passengers waited in the terminal, and the second crossing of the day was cancelled to make up the time.',
  ),
];
const NOTICE = p(
  Array.from(
    { length: 10 },
    (_, i) =>
      `Desk ${i + 1} answers calls on weekdays between seven and two, and on Fridays only about deliveries.`,
  ).join(' '),
);

const reader = (blocks: CandidateBlock[]): ReaderView => ({
  blocks,
  byline: null,
  siteName: null,
  publishedTime: null,
  title: null,
});
const clean = (blocks: readonly CandidateBlock[]) => ({
  blocks: blocks.filter((b) => !b.furniture).map(({ kind, text }) => ({ kind, text })),
  removed: [],
  authors: [],
  dates: [],
});
const texts = (blocks: readonly { text: string }[]) => blocks.map((b) => b.text);

describe('pickBody', () => {
  const cases: Array<[string, CandidateBlock[], CandidateBlock[], string, string[]]> = [
    ['a long reading is kept as it is', [...NAV, ...PROSE, ...LIST], PROSE, 'readability', texts(PROSE)],
    [
      'a short reading before the densest run is kept, before it',
      [...NAV, ...LIST, ...NAV, ...PROSE],
      LIST,
      'densest text block',
      texts([...LIST, ...PROSE]),
    ],
    [
      'a short reading after the densest run is kept, after it',
      [...NAV, ...PROSE, ...NAV, ...LIST],
      LIST,
      'densest text block',
      texts([...PROSE, ...LIST]),
    ],
    [
      'a short reading inside the densest run is not repeated',
      [...NAV, ...PROSE],
      PROSE.slice(0, 1),
      'densest text block',
      texts(PROSE),
    ],
    [
      'a long reading of lists without a sentence is kept beside the densest run',
      [...NAV, ...PROSE, ...NAV, ...SIGNATORIES],
      SIGNATORIES,
      'densest text block',
      texts([...PROSE, ...SIGNATORIES]),
    ],
    [
      'one long block elsewhere is not a story beside a short reading with prose',
      [...NAV, ...SHORT_STORY, ...NAV, ...NAV, NOTICE],
      SHORT_STORY,
      'readability',
      texts(SHORT_STORY),
    ],
  ];
  it.each(cases)('%s', (_, page, reading, method, expected) => {
    const body = pickBody({ reader: reader(reading), pageBlocks: page, clean });
    expect(body.method).toBe(method);
    expect(texts(body.cleaned.blocks)).toEqual(expected);
  });

  it('imports the visible text, flagged, when no reading keeps a word', () => {
    const body = pickBody({ reader: null, pageBlocks: LIST, clean: () => clean([]) });
    expect([body.method, body.note]).toEqual(['visible text', 'visible-text']);
  });
});
