import { describe, expect, it } from 'vitest';
import { buildParagraphs, wrapWidth } from './buildParagraphs';
import { sourceLines } from './sourceLines';

const paragraphs = (text: string, markdown = false) => buildParagraphs(sourceLines(text, markdown), markdown);

const WRAPPED = `Members of the dairy cooperative voted on Tuesday to borrow money to
build a cheese plant of their own, a decision that could change how milk
from more than eighty family farms is sold.
For decades the co-op has shipped almost all of its milk to a single
processor two hundred miles away, which sets the price it pays.
Advertisement
The plant would turn about a quarter of members' milk into aged cheddar
and a fresh curd sold to restaurants and grocery chains in the region.`;

describe('buildParagraphs', () => {
  it('detects the wrap width of hard-wrapped text', () => {
    expect(wrapWidth(sourceLines(WRAPPED, false))).toBeGreaterThanOrEqual(68);
  });
  it('joins wrapped lines, ends paragraphs at short lines and keeps furniture separate', () => {
    expect(paragraphs(WRAPPED).map((p) => p.text.slice(0, 24))).toEqual([
      'Members of the dairy coo',
      'For decades the co-op ha',
      'Advertisement',
      'The plant would turn abo',
    ]);
  });
  it('keeps one-line-per-paragraph text as it is', () => {
    const text =
      'Headline of the story\nFirst paragraph is long enough to be running prose, and it ends here.\nSecond one follows.';
    expect(paragraphs(text).map((p) => p.text)).toEqual([
      'Headline of the story',
      'First paragraph is long enough to be running prose, and it ends here.',
      'Second one follows.',
    ]);
  });
  it('keeps a byline under a full-width headline on its own line', () => {
    const lines = [
      `${'Glacier in the Varn range retreated forty metres last year, survey finds'}`,
      'By Henrik Aalto',
      WRAPPED,
    ].join('\n');
    expect(paragraphs(lines)[1]?.text).toBe('By Henrik Aalto');
  });
  it('reads list markers and numbered breadcrumbs as list items', () => {
    expect(paragraphs('  1. HOME\n  2. WORLD\n• 3 min read')).toEqual([
      { kind: 'li', text: 'HOME' },
      { kind: 'li', text: 'WORLD' },
      { kind: 'li', text: '3 min read' },
    ]);
  });
  it('reads Markdown structure and strips its syntax', () => {
    const md =
      '# Title here\n\nA **bold** claim with [a link](https://x.example) and `code`\nthat continues.\n\n## Sub\n\n- item *one*\n\n> quoted\n> still quoted\n\n![img](a.png)';
    expect(paragraphs(md, true)).toEqual([
      { kind: 'h', text: 'Title here' },
      { kind: 'p', text: 'A bold claim with a link and code that continues.' },
      { kind: 'h', text: 'Sub' },
      { kind: 'li', text: 'item one' },
      { kind: 'quote', text: 'quoted still quoted' },
    ]);
  });
  it('does not treat snake_case or a lone asterisk as emphasis', () => {
    expect(paragraphs('Use file_name_here and 5 * 3 today.', true)[0]?.text).toBe(
      'Use file_name_here and 5 * 3 today.',
    );
  });
});
