import { describe, expect, it } from 'vitest';
import { htmlToBlocks, type DocxBlock } from './htmlToBlocks';

describe('htmlToBlocks', () => {
  it.each<[string, string, DocxBlock[]]>([
    [
      'headings keep their level',
      '<h1>T</h1><h2>S</h2><p>x</p>',
      [
        { kind: 'h', text: 'T', level: 1 },
        { kind: 'h', text: 'S', level: 2 },
        { kind: 'p', text: 'x' },
      ],
    ],
    ['empty paragraphs are dropped', '<p> </p><p>a\n  b</p>', [{ kind: 'p', text: 'a b' }]],
    [
      'nested list items come after their parent, without its text repeated',
      '<ul><li>one<ul><li>one.a</li></ul></li><li>two</li></ul>',
      [
        { kind: 'li', text: 'one' },
        { kind: 'li', text: 'one.a' },
        { kind: 'li', text: 'two' },
      ],
    ],
    [
      'a quote with several paragraphs',
      '<blockquote><p>q1</p><p>q2</p></blockquote>',
      [
        { kind: 'quote', text: 'q1' },
        { kind: 'quote', text: 'q2' },
      ],
    ],
    ['a quote with bare text', '<blockquote>bare</blockquote>', [{ kind: 'quote', text: 'bare' }]],
    [
      'table rows become paragraphs',
      '<table><tr><td><p>Year</p></td><td><p>Cost</p></td></tr><tr><td>2022</td><td></td></tr></table>',
      [
        { kind: 'p', text: 'Year | Cost' },
        { kind: 'p', text: '2022' },
      ],
    ],
  ])('%s', (_label, html, blocks) => {
    expect(htmlToBlocks(html)).toEqual({ blocks, footnotes: [] });
  });

  it('numbers notes by their place in the note list, whatever ids mammoth gave them', () => {
    const html =
      '<p>A<sup><a href="#endnote-7" id="endnote-ref-7">[9]</a></sup> B<sup><a href="#footnote-3" id="footnote-ref-3">[4]</a></sup></p>' +
      '<ol><li id="footnote-3"><p>Foot. <a href="#footnote-ref-3">↑</a></p></li></ol>' +
      '<ol><li id="endnote-7"><p>End. <a href="#endnote-ref-7">↑</a></p></li></ol>';
    expect(htmlToBlocks(html)).toEqual({
      blocks: [{ kind: 'p', text: 'A[2] B[1]' }],
      footnotes: ['Foot.', 'End.'],
    });
  });

  it('leaves ordinary links alone', () => {
    expect(htmlToBlocks('<p><a href="#section-2">[see 2]</a></p>').blocks).toEqual([
      { kind: 'p', text: '[see 2]' },
    ]);
  });
});
