import { describe, expect, it } from 'vitest';
import type { DocNode } from '../model';
import { noteFacts, noteTitle, UNTITLED_NOTE } from './noteFacts';

const cite = (sourceId: string, highlightId: string | null): DocNode => ({
  type: 'citation',
  attrs: { sourceId, highlightId, locator: null },
});
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content }] });

describe('noteFacts', () => {
  it.each([
    ['an empty note', doc(), { wordCount: 0, citedHighlightIds: [], citedSourceIds: [] }],
    [
      'each cited id once, in document order',
      doc(
        { type: 'text', text: 'Two words ' },
        cite('s1', 'h1'),
        cite('s2', null),
        cite('s1', 'h1'),
        cite('s1', 'h2'),
      ),
      { wordCount: 2, citedHighlightIds: ['h1', 'h2'], citedSourceIds: ['s1', 's2'] },
    ],
  ])('%s', (_, input, facts) => {
    expect(noteFacts(input)).toEqual(facts);
  });

  it('names an untitled note, and only that', () => {
    expect(noteTitle('')).toBe(UNTITLED_NOTE);
    expect(noteTitle('Budget')).toBe('Budget');
  });
});
