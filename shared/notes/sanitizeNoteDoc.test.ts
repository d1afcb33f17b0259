import { describe, expect, it } from 'vitest';
import type { DocNode } from '../model/note';
import { noteIsEmpty } from './noteIsEmpty';
import { compareRevisions, revisionText } from './revisionText';
import { sanitizeNoteDoc } from './sanitizeNoteDoc';

const S = '01900000-0000-7000-8000-000000000001';
const H = '01900000-0000-7000-8000-0000000000a1';
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const txt = (text: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: 'text', text, marks } : { type: 'text', text };
const cite = (attrs: Record<string, unknown>): DocNode => ({ type: 'citation', attrs });

describe('sanitizeNoteDoc', () => {
  it('drops invalid citations and quotation marks, normalises valid ones, keeps the rest', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        p(
          txt('a', [{ type: 'sourceQuote', attrs: { highlightId: 'bad' } }, { type: 'bold' }]),
          cite({ sourceId: S.toUpperCase(), highlightId: H, locator: ' p. 2 ' }),
          cite({ sourceId: 'javascript:x' }),
          txt('b', [{ type: 'sourceQuote', attrs: { highlightId: H } }]),
        ),
      ],
    };
    expect(sanitizeNoteDoc(doc)).toEqual({
      type: 'doc',
      content: [
        p(
          txt('a', [{ type: 'bold' }]),
          cite({ sourceId: S, highlightId: H, locator: 'p. 2' }),
          txt('b', [{ type: 'sourceQuote', attrs: { highlightId: H, sourceId: null } }]),
        ),
      ],
    });
  });
});

describe('noteIsEmpty', () => {
  it.each([
    [{ type: 'doc' }, true],
    [{ type: 'doc', content: [p()] }, true],
    [{ type: 'doc', content: [p(txt('   '))] }, true],
    [{ type: 'doc', content: [p(txt('x'))] }, false],
    [{ type: 'doc', content: [p(cite({ sourceId: S }))] }, false],
  ] as Array<[DocNode, boolean]>)('%j → %s', (doc, empty) => {
    expect(noteIsEmpty(doc)).toBe(empty);
  });
});

describe('revision text and comparison', () => {
  const older: DocNode = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [txt('Title')] },
      p(txt('One claim '), cite({ sourceId: S, highlightId: H })),
    ],
  };
  const newer: DocNode = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [txt('Title')] },
      p(txt('One strong claim '), cite({ sourceId: S, highlightId: H })),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(txt('Item'))] }] },
    ],
  };

  it('renders blocks on lines and citations as [n]', () => {
    expect(revisionText(newer)).toBe('Title\nOne strong claim [1]\nItem');
  });

  it('marks added and removed words', () => {
    const parts = compareRevisions(older, newer);
    expect(parts.filter((x) => x.op === 'added').map((x) => x.text.trim())).toEqual(['strong', 'Item']);
    expect(
      parts
        .filter((x) => x.op !== 'added')
        .map((x) => x.text)
        .join(''),
    ).toBe(revisionText(older));
  });
});
