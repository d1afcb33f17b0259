// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findRanges } from './findRanges';

function body(html: string): Element {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('findRanges', () => {
  it('finds matches across the text nodes a highlight splits a paragraph into', () => {
    const root = body(
      '<p data-start="0">Talks in <mark>Genè</mark>ve went well.</p><p data-start="30">GENEVE again, geneve.</p>',
    );
    const found = findRanges(root, 'geneve').map((r) => r.toString());
    expect(found).toEqual(['Genève', 'GENEVE', 'geneve']);
  });

  it('ignores text outside the paragraphs and blank needles', () => {
    const root = body('<h1>Geneva</h1><p data-start="0">Nothing here.</p>');
    expect(findRanges(root, 'geneva')).toHaveLength(0);
    expect(findRanges(root, '  ')).toHaveLength(0);
  });

  it('stops at the cap', () => {
    const root = body(`<p data-start="0">${'ab '.repeat(20)}</p><p data-start="80">ab</p>`);
    expect(findRanges(root, 'ab', 5)).toHaveLength(5);
  });
});
