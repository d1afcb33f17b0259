// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  offsetToPoint,
  paragraphIndexAt,
  pointToOffset,
  rangeToOffsets,
  splitParagraphs,
  trimRange,
  wordRangeAt,
  type Paragraph,
} from './textOffsets';

const slices = (text: string, paragraphs: Paragraph[]) => paragraphs.map((p) => text.slice(p.start, p.end));

describe('splitParagraphs', () => {
  it.each([
    ['', []],
    ['   \n\n  ', []],
    ['One paragraph.', [{ start: 0, end: 14 }]],
    [
      'First.\n\nSecond.',
      [
        { start: 0, end: 6 },
        { start: 8, end: 15 },
      ],
    ],
    [
      '  First. \n\n\n\n Second.',
      [
        { start: 2, end: 8 },
        { start: 14, end: 21 },
      ],
    ],
    [
      'Line one\nline two\n\nNext',
      [
        { start: 0, end: 17 },
        { start: 19, end: 23 },
      ],
    ],
    [
      'First.\r\n\r\nSecond.',
      [
        { start: 0, end: 6 },
        { start: 10, end: 17 },
      ],
    ],
    [
      'First.\n  \t\nSecond.',
      [
        { start: 0, end: 6 },
        { start: 11, end: 18 },
      ],
    ],
  ])('%j', (text, expected) => {
    expect(splitParagraphs(text)).toEqual(expected);
  });

  it.each([
    ['', []],
    ['   \n\n  ', []],
    ['One paragraph.', ['One paragraph.']],
    ['First.\n\nSecond.', ['First.', 'Second.']],
    ['First.\n\n\n\nSecond.', ['First.', 'Second.']],
    ['First.\r\n\r\nSecond.', ['First.', 'Second.']],
    ['Line one\nline two\n\nNext', ['Line one\nline two', 'Next']],
    ['First.\n  \t\nSecond.', ['First.', 'Second.']],
    ['A\n\n\n\nB\n \nC', ['A', 'B', 'C']],
    [' lead\nline two \n\n\ttail\t', ['lead\nline two', 'tail']],
    ['Emoji 👍🏽 here.\n\nAnd “quotes” there.', ['Emoji 👍🏽 here.', 'And “quotes” there.']],
    ['<b>not html</b>\n\n&amp;', ['<b>not html</b>', '&amp;']],
  ])('reads as paragraphs: %j', (text, expected) => {
    expect(slices(text, splitParagraphs(text))).toEqual(expected);
  });
});

describe('trimRange', () => {
  it.each([
    ['hello world', 0, 5, { start: 0, end: 5 }],
    [' hello ', 0, 7, { start: 1, end: 6 }],
    ['a\n\nb', 1, 3, null],
    ['abc', 2, 1, { start: 1, end: 2 }],
    ['abc', -4, 99, { start: 0, end: 3 }],
  ])('%j %i–%i', (text, start, end, expected) => {
    expect(trimRange(text, start, end)).toEqual(expected);
  });
});

describe('wordRangeAt', () => {
  it.each([
    ['Yuri Ushakov said', 7, { start: 5, end: 12 }],
    ['Yuri Ushakov said', 5, { start: 5, end: 12 }],
    ['Yuri Ushakov said', 4, { start: 4, end: 5 }],
    ['Yuri Ushakov said', 0, { start: 0, end: 4 }],
    ['café owner', 2, { start: 0, end: 4 }],
    ['abc', 3, null],
    ['abc', -1, null],
  ])('%j at %i', (text, offset, expected) => {
    expect(wordRangeAt(text, offset)).toEqual(expected);
  });
});

describe('paragraphIndexAt', () => {
  const paragraphs = [
    { start: 0, end: 5 },
    { start: 7, end: 12 },
  ];
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [6, 1],
    [11, 1],
    [12, -1],
  ])('offset %i is in paragraph %i', (offset, index) => {
    expect(paragraphIndexAt(paragraphs, offset)).toBe(index);
  });
});

// Clean text and its rendering: paragraph 2 has a highlight split by an overlap, as the reader draws it.
const TEXT = 'Alpha beta.\n\nGamma delta epsilon.\n\nZeta 👍 eta.';
function render(): { root: HTMLElement; body: HTMLElement } {
  document.body.innerHTML = `
    <article id="root">
      <h1 id="title">Title</h1>
      <div id="body">
        <p data-start="0">Alpha beta.</p>
        <p data-start="13">Gamma <mark data-ids="a">del<mark data-ids="a b">ta</mark></mark> epsilon.</p>
        <p data-start="35">Zeta 👍 eta.</p>
      </div>
      <footer id="after">end</footer>
    </article>`;
  return { root: document.getElementById('root')!, body: document.getElementById('body')! };
}

function textNode(selector: string, index = 0): Text {
  const element = document.querySelector(selector)!;
  return Array.from(element.childNodes).filter((n): n is Text => n.nodeType === 3)[index]!;
}

describe('pointToOffset', () => {
  const cases: Array<[string, () => [Node, number], number]> = [
    ['start of the text', () => [textNode('[data-start="0"]'), 0], 0],
    ['inside the first word', () => [textNode('[data-start="0"]'), 3], 3],
    ['end of paragraph 1', () => [textNode('[data-start="0"]'), 11], 11],
    ['before a highlight', () => [textNode('[data-start="13"]'), 6], 19],
    ['inside the outer mark', () => [textNode('mark[data-ids="a"]'), 2], 21],
    ['inside the nested mark', () => [textNode('mark[data-ids="a b"]'), 1], 23],
    ['after the marks', () => [textNode('[data-start="13"]', 1), 1], 25],
    ['element boundary: paragraph, child 1', () => [document.querySelector('[data-start="13"]')!, 1], 19],
    ['element boundary: paragraph end', () => [document.querySelector('[data-start="13"]')!, 3], 33],
    ['after an astral character (UTF-16)', () => [textNode('[data-start="35"]'), 7], 42],
    ['between paragraphs snaps to the next', () => [document.getElementById('body')!, 2], 13],
    ['before the body snaps to the first', () => [textNode('#title'), 2], 0],
    ['after the body snaps to the end', () => [textNode('#after'), 1], 47],
  ];
  it.each(cases)('%s', (_name, point, expected) => {
    const { root } = render();
    const [node, offset] = point();
    expect(pointToOffset(root, node, offset)).toBe(expected);
  });

  it('agrees with offsetToPoint for every offset inside the paragraphs', () => {
    const { root } = render();
    for (const p of splitParagraphs(TEXT)) {
      for (let offset = p.start; offset <= p.end; offset += 1) {
        const point = offsetToPoint(root, offset);
        expect(point, `offset ${offset}`).not.toBeNull();
        expect(pointToOffset(root, point!.node, point!.offset)).toBe(offset);
      }
    }
  });
});

describe('rangeToOffsets', () => {
  function range(start: [Node, number], end: [Node, number]): Range {
    const r = document.createRange();
    r.setStart(...start);
    r.setEnd(...end);
    return r;
  }
  it.each<[string, () => Range, { start: number; end: number } | null]>([
    [
      'a word inside a mark',
      () => range([textNode('mark[data-ids="a"]'), 0], [textNode('mark[data-ids="a b"]'), 2]),
      { start: 19, end: 24 },
    ],
    [
      'across paragraphs',
      () => range([textNode('[data-start="0"]'), 6], [textNode('[data-start="13"]'), 5]),
      { start: 6, end: 18 },
    ],
    [
      'trailing space is dropped',
      () => range([textNode('[data-start="0"]'), 0], [textNode('[data-start="0"]'), 6]),
      { start: 0, end: 5 },
    ],
    [
      'from the title into the text',
      () => range([textNode('#title'), 1], [textNode('[data-start="0"]'), 5]),
      { start: 0, end: 5 },
    ],
    [
      'a whole paragraph by triple click (ends at the next paragraph)',
      () => range([textNode('[data-start="35"]'), 0], [document.querySelector('[data-start="35"]')!, 1]),
      { start: 35, end: 47 },
    ],
    ['collapsed', () => range([textNode('[data-start="0"]'), 2], [textNode('[data-start="0"]'), 2]), null],
    [
      'only the gap between paragraphs',
      () => range([document.getElementById('body')!, 2], [document.getElementById('body')!, 3]),
      null,
    ],
  ])('%s', (_name, makeRange, expected) => {
    const { root } = render();
    expect(rangeToOffsets(root, makeRange(), TEXT)).toEqual(expected);
  });

  it('matches the clean text it claims to cover', () => {
    const { root } = render();
    const r = range([textNode('[data-start="13"]'), 0], [textNode('[data-start="35"]'), 4]);
    const offsets = rangeToOffsets(root, r, TEXT)!;
    expect(TEXT.slice(offsets.start, offsets.end)).toBe('Gamma delta epsilon.\n\nZeta');
  });
});
