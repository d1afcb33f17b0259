import { describe, expect, it } from 'vitest';
import { dropRunningLines } from './dropRunningLines';
import type { PdfLine } from './layoutPageText';

const at = (text: string, y: number): PdfLine => ({ text, x: 72, y, size: 10 });
const body = (tag: string): PdfLine[] => [
  at(`${tag} first paragraph`, 700),
  at(`${tag} second`, 600),
  at(`${tag} third`, 500),
];
const tags = ['alpha', 'beta', 'gamma'];

describe('dropRunningLines', () => {
  it.each<[string, PdfLine[][], string[][]]>([
    [
      'header with a changing page number, on every page',
      tags.map((tag, n) => [at(`Ledger, page ${n + 1}`, 760), ...body(tag)]),
      tags.map((tag) => body(tag).map((l) => l.text)),
    ],
    [
      'header missing on the first page still counts as running',
      [[...body('alpha')], [at('Ledger', 760), ...body('beta')], [at('Ledger', 760), ...body('gamma')]],
      tags.map((tag) => body(tag).map((l) => l.text)),
    ],
    [
      'bare page numbers in several styles, even when the stream lists them first',
      [
        [at('- 4 -', 40), ...body('a')],
        [...body('b'), at('Page 5 of 9', 40)],
        [at('vi', 30), ...body('c')],
      ],
      [body('a'), body('b'), body('c')].map((p) => p.map((l) => l.text)),
    ],
    [
      'a repeated line in the middle of the page is body text',
      ['a', 'b'].map((t) => [
        at(`Top ${t}`, 760),
        at(`Next ${t}`, 740),
        at('(Continued below)', 650),
        at(`Then ${t}`, 600),
        at(`Low ${t}`, 60),
        at(`Bottom ${t}`, 40),
      ]),
      ['a', 'b'].map((t) => [
        `Top ${t}`,
        `Next ${t}`,
        '(Continued below)',
        `Then ${t}`,
        `Low ${t}`,
        `Bottom ${t}`,
      ]),
    ],
    [
      'a single page keeps a repeated-looking header',
      [[at('Ledger', 760), ...body('alpha')]],
      [['Ledger', ...body('alpha').map((l) => l.text)]],
    ],
  ])('%s', (_label, pages, expected) => {
    expect(dropRunningLines(pages).pages.map((p) => p.map((l) => l.text))).toEqual(expected);
  });

  it('reports what it removed', () => {
    const pages = ['alpha', 'beta'].map((tag, n) => [at('Ledger', 760), ...body(tag), at(String(n + 1), 40)]);
    expect(dropRunningLines(pages).removed.sort()).toEqual(['1', '2', 'Ledger']);
  });
});
