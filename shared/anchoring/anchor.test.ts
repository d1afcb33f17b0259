import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { anchor } from './anchor';
import { anchorHealth } from './anchorHealth';
import { describeRange } from './describeRange';
import type { AnchorMethod, AnchorOptions, AnchorResult, HighlightSelectors } from './types';

// Invented fixture: a short local-news article.
const P1 = 'Riverside council met on Tuesday evening to debate the future of the old ferry terminal.';
const P2 =
  'The mayor, Elena Varga, announced a 19-point plan to restore the harbour walls before winter. ' +
  'She said the work would cost about 4.2 million euros and take two years.';
const P3 =
  'Opposition members questioned the figures. "We have heard promises like this before," said ' +
  'councillor Tomas Brandt, who chairs the finance committee.';
const P4 =
  'Residents who live near the terminal said they mostly wanted the night-time noise to stop. ' +
  'The plan will be put to a public vote next spring.';
const ARTICLE = [P1, P2, P3, P4].join('\n\n');

const LONG_PARAGRAPH =
  'Engineers who inspected the walls last autumn found that the lower courses of stone had been ' +
  'undermined by decades of tidal scour, and that the iron ties fitted in the nineteenth century ' +
  'had rusted through in several places. Their report recommended rebuilding the worst sections ' +
  'first, using lime mortar rather than cement so that the old stone could move with the seasons, ' +
  'and warned that patching the surface alone would only delay a collapse by a few years.';

const FILLER = Array.from({ length: 12 }, (_, i) => `Section ${i + 1}. ${LONG_PARAGRAPH}`).join('\n\n');

const REPEATS =
  'Alpha said the plan was late. Bravo said the plan was costly. Charlie said the plan was fair. ' +
  'Delta thought the plan was late and the plan was costly but the plan was fair in the end.';

const BLOCK = 'Figures are provisional and may change. ';
const DUPLICATED = `Opening remarks. ${BLOCK.repeat(5)}Closing remarks.`;

const UNICODE =
  '“Мост закроют на ремонт,” — сказала Анна Петрова 🚧 в понедельник. ' +
  'The café owner 👩‍🍳 replied: “We’ll manage — we always do.” Then the crowd 🎉 left.';

interface Case {
  name: string;
  original: string;
  /** The passage highlighted in the original, and which occurrence of it (default 0). */
  select: string;
  occurrence?: number;
  edited: string;
  /** Drop the stored position, to test quote and context alone. */
  noPosition?: boolean;
  options?: AnchorOptions;
  status: AnchorResult['status'];
  /** The passage the highlight must cover afterwards, and which occurrence of it (default 0). */
  covers?: string;
  coversOccurrence?: number;
  method?: AnchorMethod;
}

const cases: Case[] = [
  {
    name: 'unchanged text',
    original: ARTICLE,
    select: 'a 19-point plan',
    edited: ARTICLE,
    status: 'exact',
    covers: 'a 19-point plan',
    method: 'position',
  },
  {
    name: 'text shifted by an insertion before',
    original: ARTICLE,
    select: 'restore the harbour walls',
    edited: `UPDATED: this story now includes comment from the opposition.\n\n${ARTICLE}`,
    status: 'exact',
    covers: 'restore the harbour walls',
    method: 'quote',
  },
  {
    name: 'text shifted by a deletion before',
    original: ARTICLE,
    select: 'questioned the figures',
    edited: ARTICLE.replace(`${P1}\n\n`, ''),
    status: 'exact',
    covers: 'questioned the figures',
    method: 'quote',
  },
  {
    name: 'word edited inside the quote',
    original: ARTICLE,
    select: 'a 19-point plan to restore the harbour walls before winter',
    edited: ARTICLE.replace('to restore the harbour', 'to repair the harbour'),
    status: 'fuzzy',
    covers: 'a 19-point plan to repair the harbour walls before winter',
    method: 'fuzzy',
  },
  {
    name: 'word edited, no stored position',
    original: ARTICLE,
    select: 'who chairs the finance committee',
    edited: ARTICLE.replace('chairs the finance', 'leads the finance'),
    noPosition: true,
    status: 'fuzzy',
    covers: 'who leads the finance committee',
  },
  {
    name: 'edited passage moved far away (beyond the nearby search)',
    original: `${ARTICLE}\n\n${FILLER}`,
    select: 'the work would cost about 4.2 million euros and take two years',
    edited: `${P1}\n\n${P4}\n\n${FILLER}\n\n${P2.replace('take two years', 'take three years')}\n\n${P3}`,
    status: 'fuzzy',
    covers: 'the work would cost about 4.2 million euros and take three years',
  },
  {
    name: 'punctuation removed inside the quote',
    original: ARTICLE,
    select: 'The mayor, Elena Varga, announced',
    edited: ARTICLE.replace('The mayor, Elena Varga, announced', 'The mayor Elena Varga announced'),
    status: 'fuzzy',
    covers: 'The mayor Elena Varga announced',
  },
  {
    name: 'white space changed inside the quote',
    original: ARTICLE,
    select: 'the work would cost about 4.2 million euros',
    edited: ARTICLE.replace('would cost about', 'would\n cost  about'),
    status: 'fuzzy',
    covers: 'the work would\n cost  about 4.2 million euros',
  },
  {
    name: 'straight quotes curled inside the quote',
    original: ARTICLE,
    select: '"We have heard promises like this before," said',
    edited: ARTICLE.replace(
      '"We have heard promises like this before,"',
      '“We have heard promises like this before,”',
    ),
    status: 'fuzzy',
    covers: '“We have heard promises like this before,” said',
  },
  {
    name: 'passage deleted',
    original: ARTICLE,
    select: P3,
    edited: ARTICLE.replace(`${P3}\n\n`, ''),
    status: 'orphan',
  },
  {
    name: 'repeated phrase resolved by prefix',
    original: REPEATS,
    select: 'the plan was',
    occurrence: 1,
    edited: REPEATS,
    noPosition: true,
    status: 'exact',
    covers: 'the plan was',
    coversOccurrence: 1,
  },
  {
    name: 'repeated phrase resolved by suffix',
    original: REPEATS,
    select: 'the plan was fair',
    occurrence: 1,
    edited: REPEATS.replace('Alpha said', 'Alpha, the chair, said'),
    noPosition: true,
    status: 'exact',
    covers: 'the plan was fair',
    coversOccurrence: 1,
  },
  {
    name: 'repeated block resolved by position when contexts are equal',
    original: DUPLICATED,
    select: 'may change',
    occurrence: 2,
    edited: `Note: ${DUPLICATED}`,
    status: 'exact',
    covers: 'may change',
    coversOccurrence: 2,
  },
  {
    name: 'look-alike sentence elsewhere stays an orphan',
    original: `${ARTICLE}\n\nThe school board promised to repair the gym roof before winter.`,
    select: 'promised to repair the gym roof before winter',
    edited: `${ARTICLE.replace('restore the harbour walls', 'repair the harbour roof')}\n\nThe school board meets again in May.`,
    status: 'orphan',
  },
  {
    name: 'near-identical sentence elsewhere after the original was deleted',
    original: `${ARTICLE}\n\nThe inspectors said the east pier was unsafe and should close at once.\n\nIn other news, the library reopens.`,
    select: 'The inspectors said the east pier was unsafe and should close at once.',
    edited: `${P1}\n\nThe inspectors said the west pier was unsafe and should close at once.\n\n${P2}\n\n${P3}\n\n${P4}`,
    status: 'orphan',
  },
  {
    name: 'number changed in place (19 → 20) is an orphan',
    original: ARTICLE,
    select: 'announced a 19-point plan to restore the harbour walls',
    edited: ARTICLE.replace('19-point', '20-point'),
    status: 'orphan',
  },
  {
    name: 'look-alike with another number elsewhere is an orphan',
    original: `${ARTICLE}\n\nLast year a 12-point plan to restore the harbour walls was dropped.`,
    select: 'a 12-point plan to restore the harbour walls',
    edited: ARTICLE,
    status: 'orphan',
  },
  {
    name: 'name swapped in place is an orphan',
    original: ARTICLE,
    select: 'said councillor Tomas Brandt, who chairs',
    edited: ARTICLE.replace('Brandt', 'Keller'),
    status: 'orphan',
  },
  {
    name: 'name re-spelt in place still anchors',
    original: ARTICLE,
    select: 'said councillor Tomas Brandt, who chairs the finance committee',
    edited: ARTICLE.replace('Brandt', 'Brant'),
    status: 'fuzzy',
    covers: 'said councillor Tomas Brant, who chairs the finance committee',
  },
  {
    name: 'quote at the very start (empty prefix), headline inserted before',
    original: ARTICLE,
    select: 'Riverside council met on Tuesday',
    edited: `Harbour plan divides council\n\n${ARTICLE}`,
    status: 'exact',
    covers: 'Riverside council met on Tuesday',
  },
  {
    name: 'quote at the very end (empty suffix), text shifted',
    original: ARTICLE,
    select: 'a public vote next spring.',
    edited: ARTICLE.replace('Tuesday evening', 'Tuesday'),
    status: 'exact',
    covers: 'a public vote next spring.',
  },
  {
    name: 'quote at the very end, last word edited',
    original: ARTICLE,
    select: 'put to a public vote next spring.',
    edited: ARTICLE.replace('next spring.', 'next summer.'),
    status: 'fuzzy',
    covers: 'put to a public vote next summer.',
  },
  {
    name: 'unicode: Cyrillic, em dash and emoji before the quote, text shifted by an emoji',
    original: UNICODE,
    select: 'owner 👩‍🍳 replied: “We’ll manage — we always do.”',
    edited: `🔥 ${UNICODE}`,
    status: 'exact',
    covers: 'owner 👩‍🍳 replied: “We’ll manage — we always do.”',
  },
  {
    name: 'unicode: Cyrillic word edited next to an emoji',
    original: UNICODE,
    select: 'сказала Анна Петрова 🚧 в понедельник',
    edited: `🌉 ${UNICODE.replace('в понедельник', 'во вторник')}`,
    status: 'fuzzy',
    covers: 'сказала Анна Петрова 🚧 во вторник',
  },
  {
    name: 'unicode: emoji swapped at the end of the quote keeps surrogate pairs whole',
    original: UNICODE,
    select: 'Then the crowd 🎉',
    edited: UNICODE.replace('crowd 🎉', 'crowd 🎊'),
    status: 'fuzzy',
    covers: 'Then the crowd 🎊',
  },
  {
    name: 'very long quote, one word changed and text shifted',
    original: `${ARTICLE}\n\n${LONG_PARAGRAPH}`,
    select: LONG_PARAGRAPH,
    edited: `Correction appended.\n\n${ARTICLE}\n\n${LONG_PARAGRAPH.replace('lime mortar', 'clay mortar')}`,
    status: 'fuzzy',
    covers: LONG_PARAGRAPH.replace('lime mortar', 'clay mortar'),
  },
  {
    name: 'very long quote moved to another place verbatim',
    original: `${ARTICLE}\n\n${LONG_PARAGRAPH}`,
    select: LONG_PARAGRAPH,
    edited: `${P1}\n\n${LONG_PARAGRAPH}\n\n${P2}\n\n${P3}\n\n${P4}`,
    status: 'exact',
    covers: LONG_PARAGRAPH,
    method: 'quote',
  },
  {
    name: 'one-word quote, text shifted',
    original: ARTICLE,
    select: 'plan',
    occurrence: 1,
    edited: `Breaking.\n\n${ARTICLE}`,
    status: 'exact',
    covers: 'plan',
    coversOccurrence: 1,
  },
  {
    name: 'one-word quote whose sentence was deleted does not jump to another "plan"',
    original: ARTICLE,
    select: 'plan',
    occurrence: 1,
    edited: ARTICLE.replace(' The plan will be put to a public vote next spring.', ''),
    status: 'orphan',
  },
  {
    name: 'one-letter quote deleted does not re-anchor inside a neighbouring word',
    original: 'The vote was a tie, and the chair said so.',
    select: 'a',
    occurrence: 1,
    edited: 'The vote was tie, and the chair said so.',
    status: 'orphan',
  },
  {
    name: 'last word of the quote lengthened: the match widens to the whole word',
    original: ARTICLE,
    select: 'plan to restore the harbour',
    edited: ARTICLE.replace('the harbour walls', 'the harbourside walls'),
    status: 'fuzzy',
    covers: 'plan to restore the harbourside',
  },
  {
    name: 'text entirely replaced',
    original: ARTICLE,
    select: 'the night-time noise to stop',
    edited: 'A recipe for bread: flour, water, salt and yeast, kneaded for ten minutes and left overnight.',
    status: 'orphan',
  },
  {
    name: 'paragraph reflow around the quote',
    original: ARTICLE,
    select: 'Opposition members questioned',
    edited: ARTICLE.replace(/\n\n/g, '\n').replace('before winter. She', 'before winter.\n\nShe'),
    status: 'exact',
    covers: 'Opposition members questioned',
  },
  {
    name: 'paragraph reflow inside the quote',
    original: ARTICLE,
    select: 'old ferry terminal.\n\nThe mayor',
    edited: ARTICLE.replace('terminal.\n\nThe mayor', 'terminal. The mayor'),
    status: 'fuzzy',
    covers: 'old ferry terminal. The mayor',
  },
  {
    name: 'case change',
    original: ARTICLE,
    select: 'Opposition members questioned the figures.',
    edited: ARTICLE.replace(
      'Opposition members questioned the figures.',
      'OPPOSITION MEMBERS QUESTIONED THE FIGURES.',
    ),
    status: 'fuzzy',
    covers: 'OPPOSITION MEMBERS QUESTIONED THE FIGURES.',
  },
  {
    name: 'no stored position, unchanged text',
    original: ARTICLE,
    select: 'finance committee',
    edited: ARTICLE,
    noPosition: true,
    status: 'exact',
    covers: 'finance committee',
    method: 'quote',
  },
  {
    name: 'a strict minScore turns a fuzzy match into an orphan',
    original: ARTICLE,
    select: 'a 19-point plan to restore the harbour walls before winter',
    edited: ARTICLE.replace('to restore the harbour', 'to repair the harbour'),
    options: { minScore: 0.99 },
    status: 'orphan',
  },
  {
    name: 'common word among many occurrences, text shifted',
    original: `${'the '.repeat(150)}${ARTICLE}`,
    select: 'the',
    occurrence: 152,
    edited: `${'the '.repeat(149)}${ARTICLE}`,
    status: 'exact',
    covers: 'the',
    coversOccurrence: 151,
  },
];

function nth(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1)
      throw new Error(`fixture error: occurrence ${occurrence} of ${JSON.stringify(needle)} not found`);
  }
  return at;
}

describe('anchor', () => {
  it.each(cases)('$name', (c) => {
    const start = nth(c.original, c.select, c.occurrence ?? 0);
    const selectors: HighlightSelectors = describeRange(c.original, start, start + c.select.length);
    if (c.noPosition) delete selectors.position;
    const result = anchor(c.edited, selectors, c.options);
    expect(result.status).toBe(c.status);
    if (c.status === 'orphan') {
      expect(result.start).toBeUndefined();
      expect(result.method).toBe('none');
      expect(result.score).toBeLessThan(c.options?.minScore ?? 0.75);
      return;
    }
    const covers = c.covers ?? '';
    const expectedStart = nth(c.edited, covers, c.coversOccurrence ?? 0);
    expect({ start: result.start, end: result.end }).toEqual({
      start: expectedStart,
      end: expectedStart + covers.length,
    });
    expect(c.edited.slice(result.start, result.end)).toBe(covers);
    if (c.method) expect(result.method).toBe(c.method);
    expect(result.score).toBeGreaterThanOrEqual(0.75);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it('rejects malformed selectors and options with plain words', () => {
    const good = describeRange(ARTICLE, 0, 9);
    const bad: unknown[] = [
      { quote: { ...good.quote, exact: '' } },
      { quote: { ...good.quote, prefix: undefined } },
      { quote: good.quote, position: { type: 'TextPositionSelector', start: 5, end: 5 } },
      { quote: good.quote, position: { type: 'TextPositionSelector', start: -1, end: 3 } },
    ];
    for (const selectors of bad) {
      expect(() => anchor(ARTICLE, selectors as HighlightSelectors)).toThrow(AppError);
    }
    expect(() => anchor(ARTICLE, good, { minScore: 2 })).toThrow(/minScore/);
  });

  it('treats a stored position beyond the end of a shortened text as a hint, not an error', () => {
    const start = nth(ARTICLE, 'night-time noise', 0);
    const selectors = describeRange(ARTICLE, start, start + 'night-time noise'.length);
    const shortened = P4;
    const result = anchor(shortened, selectors);
    expect(result.status).toBe('exact');
    expect(shortened.slice(result.start, result.end)).toBe('night-time noise');
  });
});

describe('anchorHealth', () => {
  it('counts exact, fuzzy and orphaned results', () => {
    const results: AnchorResult[] = [
      { status: 'exact', start: 0, end: 1, score: 1, method: 'position' },
      { status: 'exact', start: 2, end: 3, score: 0.9, method: 'quote' },
      { status: 'fuzzy', start: 4, end: 6, score: 0.8, method: 'fuzzy' },
      { status: 'orphan', score: 0.2, method: 'none' },
    ];
    expect(anchorHealth(results)).toEqual({ exact: 2, fuzzy: 1, orphaned: 1 });
    expect(anchorHealth([])).toEqual({ exact: 0, fuzzy: 0, orphaned: 0 });
  });
});
