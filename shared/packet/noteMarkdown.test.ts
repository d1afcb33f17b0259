import { describe, expect, it } from 'vitest';
import type { DocNode } from '../model';
import { escapeLineStarts, escapeMarkdown, markdownUrl } from './escapeMarkdown';
import { numberNoteCitations, type ResolveCitation } from './noteCitations';
import { noteToMarkdown } from './noteMarkdown';
import { citeNode, highlight, id, source } from './testing/records';

const t = (text: string, ...marks: string[]): DocNode => ({
  type: 'text',
  text,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const body = (d: DocNode): string =>
  noteToMarkdown('T', d, new Map()).split('\n\n').slice(1).join('\n\n').trimEnd();

describe('escaping', () => {
  it.each([
    ['*not bold*', '\\*not bold\\*'],
    ['a_b [c] <d> `e` #f', 'a\\_b \\[c\\] \\<d\\> \\`e\\` \\#f'],
    ['AT&T | x ~y', 'AT\\&T \\| x \\~y'],
  ])('%s', (text, escaped) => expect(escapeMarkdown(text)).toBe(escaped));

  it.each([
    ['- item', '\\- item'],
    ['1. one', '1\\. one'],
    ['> quote', '\\> quote'],
    ['+ plus', '\\+ plus'],
    ['fine - here', 'fine - here'],
  ])('line start %s', (line, escaped) => expect(escapeLineStarts(line)).toBe(escaped));

  it('wraps link destinations so spaces and brackets cannot end them', () => {
    expect(markdownUrl('https://x.example/a b>')).toBe('<https://x.example/a%20b%3E>');
  });
});

describe('noteToMarkdown', () => {
  it.each([
    [doc(p(t('a '), t('bold', 'bold'), t(' b'))), 'a **bold** b'],
    [doc(p(t('bold ', 'bold'), t('both', 'bold', 'italic'), t(' plain'))), '**bold *both*** plain'],
    [doc(p(t(' lead', 'italic'))), ' *lead*'],
    [doc(p(t('gone', 'strike'))), '~~gone~~'],
    [
      doc(
        p({ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://x.example/' } }] }),
      ),
      '[site](<https://x.example/>)',
    ],
    [doc(p(t('line'), { type: 'hardBreak' }, t('- next'))), 'line\\\n\\- next'],
    [doc({ type: 'heading', attrs: { level: 1 }, content: [t('Head')] }), '## Head'],
    [
      doc({
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(t('one')), p(t('more'))] },
          { type: 'listItem', content: [p(t('two'))] },
        ],
      }),
      '- one\n\n  more\n- two',
    ],
    [
      doc({
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [p(t('c'))] }],
      }),
      '3. c',
    ],
    [doc({ type: 'blockquote', content: [p(t('q1')), p(t('q2'))] }), '> q1\n>\n> q2'],
    [doc({ type: 'horizontalRule' }), '* * *'],
    [doc(p(citeNode(1, 2))), '\\[citation withheld\\]'],
  ])('%#', (d, expected) => {
    expect(body(d)).toBe(expected);
  });

  it('numbers citations, reuses a number for a repeated target, and quotes the passage in the footnote', () => {
    const s = source(1, {
      title: 'Dam [report]',
      authors: ['Mara Quist'],
      site: 'Gazette',
      publishedAt: '2024-05-06',
      url: 'https://g.example/dam',
    });
    const h = highlight(2, 1, {
      quote: { type: 'TextQuoteSelector', exact: 'holds *40* million', prefix: '', suffix: '' },
    });
    const resolve: ResolveCitation = (c) =>
      c.sourceId === id(1)
        ? { source: s, highlight: c.highlightId === id(2) ? h : null, locator: c.locator }
        : null;
    const d = doc(
      p(
        t('It holds'),
        citeNode(1, 2),
        t(' and'),
        citeNode(1, null, 'p. 4'),
        t(' again'),
        citeNode(1, 2),
        t(' gone'),
        citeNode(5, 6),
      ),
    );
    const md = noteToMarkdown('Dam # notes', d, numberNoteCitations(d, resolve));
    expect(md).toBe(
      [
        '# Dam \\# notes',
        '',
        'It holds[^1] and[^2] again[^1] gone\\[citation withheld\\]',
        '',
        '[^1]: “holds \\*40\\* million” — Mara Quist, Dam \\[report\\], Gazette, 2024-05-06. <https://g.example/dam>',
        '[^2]: Mara Quist, Dam \\[report\\], Gazette, 2024-05-06, p. 4. <https://g.example/dam>',
        '',
      ].join('\n'),
    );
  });
});
