import { describe, expect, it } from 'vitest';
import type { DocNode } from '../model';
import { withholdCitations } from './rewriteDoc';
import { selectContent, type NotebookContent } from './selectContent';
import { citeNode, claim, docOf, entity, highlight, id, note, source } from './testing/records';

const quoteMark = (highlightN: number): DocNode => ({
  type: 'text',
  text: 'q',
  marks: [{ type: 'sourceQuote', attrs: { highlightId: id(highlightN), sourceId: null } }],
});
const all: NotebookContent = {
  sources: [
    source(1, { tags: ['budget'] }),
    source(2, { similar: [{ sourceId: id(3), score: 0.9 }] }),
    source(3, { confidential: true }),
    source(4),
  ],
  highlights: [
    highlight(11, 1, { entityIds: [id(21)] }),
    highlight(12, 1, { confidential: true }),
    highlight(13, 2),
    highlight(14, 3, { entityIds: [id(23)] }),
    highlight(15, 4),
    highlight(16, 2),
  ],
  entities: [entity(21), entity(22), entity(23)],
  claims: [claim(31, [id(11), id(12)], { claimantId: id(22) }), claim(32, [id(15)])],
  notes: [
    note(41, docOf(citeNode(2, 13), quoteMark(16), citeNode(3, 14))),
    note(42, docOf(citeNode(4, 15)), { trashedAt: '2024-06-01T00:00:00.000Z' }),
  ],
};
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((r) => r.id);

describe('selectContent', () => {
  it('takes the whole notebook without confidential material, and counts what it left out', () => {
    const c = selectContent(all, {});
    expect(ids(c.sources)).toEqual([id(1), id(2), id(4)]);
    expect(ids(c.highlights)).toEqual([id(11), id(13), id(15), id(16)]);
    expect(c.leftOut).toEqual({ sources: 1, highlights: 2, entities: 1, citations: 0 });
    expect(c.claims.map((x) => x.evidence.map((e) => e.highlightId))).toEqual([[id(11)], [id(15)]]);
    expect(ids(c.entities)).toEqual([id(21), id(22)]);
    expect(c.sources[1]?.similar).toEqual([]);
    expect(c.notes.map((n) => n.meta.id)).toEqual([id(41)]);
  });

  it('includes confidential material when asked', () => {
    const c = selectContent(all, { includeConfidential: true });
    expect(c.sources).toHaveLength(4);
    expect(c.entities).toHaveLength(3);
    expect(c.sources[1]?.similar).toHaveLength(1);
    expect(c.leftOut).toEqual({ sources: 0, highlights: 0, entities: 0, citations: 0 });
  });

  it('takes chosen notes with exactly what they cite and quote', () => {
    const c = selectContent(all, { noteIds: [id(41)] });
    expect(ids(c.sources)).toEqual([id(2)]);
    expect(ids(c.highlights)).toEqual([id(13), id(16)]);
    expect(c.leftOut).toEqual({ sources: 1, highlights: 1, entities: 1, citations: 0 });
    expect(c.claims).toEqual([]);
    expect(c.entities).toEqual([]);
  });

  it('takes sources by tag with all their highlights, and the entities and claims that follow', () => {
    const c = selectContent(all, { tag: 'budget' });
    expect(ids(c.sources)).toEqual([id(1)]);
    expect(ids(c.highlights)).toEqual([id(11)]);
    expect(ids(c.claims)).toEqual([id(31)]);
    expect(ids(c.entities)).toEqual([id(21), id(22)]);
    expect(c.notes).toEqual([]);
  });
});

describe('withholdCitations', () => {
  it('replaces citations and quotation marks of left-out material, and leaves broken ones alone', () => {
    const d = docOf(citeNode(2, 13), citeNode(3, 14), quoteMark(12), citeNode(9, 99));
    const { doc, withheld } = withholdCitations(
      d,
      { sources: new Set([id(2)]), highlights: new Set([id(13)]) },
      { sources: new Set([id(2), id(3)]), highlights: new Set([id(12), id(13), id(14)]) },
    );
    expect(withheld).toBe(1);
    expect(doc.content?.[0]?.content).toEqual([
      citeNode(2, 13),
      { type: 'text', text: '[citation withheld]' },
      { type: 'text', text: 'q' },
      citeNode(9, 99),
    ]);
  });
});
