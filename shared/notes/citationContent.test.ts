import { describe, expect, it } from 'vitest';
import type { DocNode } from '../model/note';
import { appendToDoc, citationContent, MAX_QUOTE_LENGTH, quotationText } from './citationContent';

const S = '01900000-0000-7000-8000-000000000001';
const H = '01900000-0000-7000-8000-000000000002';
const cite = { type: 'citation', attrs: { sourceId: S, highlightId: H, locator: null } };

describe('citationContent', () => {
  it.each([
    ['a highlight', { sourceId: S, highlightId: H }, undefined, [cite]],
    [
      'a whole source with a page',
      { sourceId: S, highlightId: null, locator: ' p. 4 ' },
      undefined,
      [{ type: 'citation', attrs: { sourceId: S, highlightId: null, locator: 'p. 4' } }],
    ],
    [
      'a quotation, on one line',
      { sourceId: S, highlightId: H },
      '  the port\nis closed ',
      [
        { type: 'text', text: '“' },
        {
          type: 'text',
          text: 'the port is closed',
          marks: [{ type: 'sourceQuote', attrs: { highlightId: H, sourceId: S } }],
        },
        { type: 'text', text: '” ' },
        cite,
      ],
    ],
    ['a bad source id', { sourceId: 'x', highlightId: H }, undefined, null],
    ['a quotation of a whole source', { sourceId: S, highlightId: null }, 'words', null],
    ['an empty quotation', { sourceId: S, highlightId: H }, '  \n', null],
    ['a quotation that is not text', { sourceId: S, highlightId: H }, 42, null],
  ])('%s', (_name, target, quote, expected) => {
    expect(citationContent(target, quote)).toEqual(expected);
  });

  it('refuses a quotation over the length limit', () => {
    expect(quotationText('a'.repeat(MAX_QUOTE_LENGTH))).toHaveLength(MAX_QUOTE_LENGTH);
    expect(quotationText('a'.repeat(MAX_QUOTE_LENGTH + 1))).toBeNull();
  });
});

describe('appendToDoc', () => {
  const para = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  it.each([
    [
      'an empty document',
      { type: 'doc' },
      { type: 'doc', content: [{ type: 'paragraph', content: [cite] }] },
    ],
    [
      'text ending in an empty paragraph',
      { type: 'doc', content: [para('Draft'), { type: 'paragraph', attrs: { textAlign: null } }] },
      {
        type: 'doc',
        content: [para('Draft'), { type: 'paragraph', attrs: { textAlign: null }, content: [cite] }],
      },
    ],
    [
      'text ending in a heading',
      {
        type: 'doc',
        content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sources' }] }],
      },
      {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sources' }] },
          { type: 'paragraph', content: [cite] },
        ],
      },
    ],
  ])('%s', (_name, doc, expected) => {
    const before = JSON.stringify(doc);
    expect(appendToDoc(doc as DocNode, [cite])).toEqual(expected);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
