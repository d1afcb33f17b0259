import { describe, expect, it } from 'vitest';
import {
  groupLines,
  joinLine,
  linesToParagraphs,
  type PdfLine,
  type PdfTextItemLike,
} from './layoutPageText';

const item = (
  str: string,
  x: number,
  y: number,
  options: { width?: number; size?: number; eol?: boolean } = {},
): PdfTextItemLike => {
  const size = options.size ?? 10;
  return {
    str,
    transform: [size, 0, 0, size, x, y],
    width: options.width ?? str.length * 5,
    height: size,
    hasEOL: options.eol ?? false,
  };
};

describe('groupLines', () => {
  it.each<[string, PdfTextItemLike[], string[]]>([
    ['joins items on one baseline', [item('Water', 72, 700), item('audit', 102, 700)], ['Water audit']],
    ['adds no space when items touch', [item('Wat', 72, 700, { width: 15 }), item('er', 87, 700)], ['Water']],
    [
      'keeps an existing space',
      [item('Water ', 72, 700, { width: 30 }), item('audit', 102, 700)],
      ['Water audit'],
    ],
    ['breaks when the baseline moves', [item('One', 72, 700), item('Two', 72, 686)], ['One', 'Two']],
    [
      'tolerates a small baseline shift (superscript)',
      [item('Note', 72, 700), item('1', 92, 703, { size: 6 })],
      ['Note1'],
    ],
    [
      'breaks at hasEOL even on the same baseline',
      [item('Left', 72, 700, { eol: true }), item('Right', 300, 700)],
      ['Left', 'Right'],
    ],
    [
      'ignores empty items and whitespace-only lines',
      [item('', 72, 700, { eol: true }), item('   ', 72, 690, { eol: true }), item('Body', 72, 680)],
      ['Body'],
    ],
  ])('%s', (_label, items, expected) => {
    expect(groupLines(items).map((l) => l.text)).toEqual(expected);
  });
});

describe('joinLine', () => {
  it.each([
    ['', 'first', 'first'],
    ['where resi-', 'dents complained', 'where residents complained'],
    ['a well-', 'Known case', 'a well- Known case'],
    ['the year 2021-', '2022', 'the year 2021- 2022'],
    ['soft\u00AD', 'hyphen', 'softhyphen'],
    ['plain', 'next', 'plain next'],
  ])('%j + %j', (paragraph, line, expected) => {
    expect(joinLine(paragraph, line)).toBe(expected);
  });
});

describe('linesToParagraphs', () => {
  const line = (text: string, y: number, size = 11): PdfLine => ({ text, x: 72, y, size });

  it('splits on a gap wider than the usual leading and on a size change', () => {
    const lines = [
      line('Headline', 720, 18),
      line('a1', 690),
      line('a2', 676),
      line('a3', 662),
      line('b1', 638),
      line('b2', 624),
    ];
    expect(linesToParagraphs(lines)).toEqual(['Headline', 'a1 a2 a3', 'b1 b2']);
  });

  it('starts a new paragraph when text jumps back up the page (next column)', () => {
    const lines = [line('left1', 700), line('left2', 686), line('right1', 700), line('right2', 686)];
    expect(linesToParagraphs(lines)).toEqual(['left1 left2', 'right1 right2']);
  });

  it('keeps evenly spaced lines together', () => {
    expect(linesToParagraphs([line('x', 700), line('y', 686), line('z', 672)])).toEqual(['x y z']);
  });
});
