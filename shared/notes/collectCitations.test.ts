import { describe, expect, it } from 'vitest';
import type { DocNode } from '../model/note';
import { collectCitations, docText, numberCitations } from './collectCitations';

const cite = (
  sourceId: string,
  highlightId: string | null = null,
  locator: string | null = null,
): DocNode => ({
  type: 'citation',
  attrs: { sourceId, highlightId, locator },
});
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const t = (text: string): DocNode => ({ type: 'text', text });

const doc: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [t('Draft')] },
    p(t('First claim '), cite('s1', 'h1'), t(' and another '), cite('s2', 'h2')),
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p(t('Again '), cite('s1', 'h1'), cite('s3', null, 'p. 4'))] }],
    },
    p(t('Broken '), { type: 'citation', attrs: {} }),
  ],
};

describe('citations in a note', () => {
  it('collects them in reading order, skipping unusable ones', () => {
    expect(collectCitations(doc).map((c) => c.highlightId ?? `${c.sourceId}@${c.locator}`)).toEqual([
      'h1',
      'h2',
      'h1',
      's3@p. 4',
    ]);
  });

  it('numbers by first appearance; a repeat keeps its number', () => {
    expect([...numberCitations(collectCitations(doc)).entries()]).toEqual([
      ['h:h1', 1],
      ['h:h2', 2],
      ['s:s3:p. 4', 3],
    ]);
  });

  it('extracts plain text by block', () => {
    expect(docText(doc)).toBe('Draft\n\nFirst claim  and another \n\nAgain \n\nBroken ');
  });
});
