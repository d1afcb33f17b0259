import { describe, expect, it } from 'vitest';
import { collectCitations } from '../notes/collectCitations';
import { zeroCounts } from './mergeKind';
import { planMerge } from './planMerge';
import type { NotebookContent } from './selectContent';
import { citeNode, claim, docOf, entity, highlight, id, later, note, source } from './testing/records';

const empty = (): NotebookContent => ({ sources: [], highlights: [], entities: [], claims: [], notes: [] });
/** A plan's `update` when nothing already here changes. */
const noUpdate = (): NotebookContent => ({ ...empty(), questions: [] });
const packet = (): NotebookContent => ({
  sources: [source(1), source(2)],
  highlights: [highlight(11, 1, { entityIds: [id(21)] }), highlight(12, 2)],
  entities: [entity(21)],
  claims: [claim(31, [id(11), id(12)], { claimantId: id(21) })],
  notes: [note(41, docOf(citeNode(1, 11), citeNode(2, null)))],
});

/** Applies a plan the way importPacket does, to check a second merge. */
function apply(base: NotebookContent, plan: ReturnType<typeof planMerge>): NotebookContent {
  const merge = <T>(
    list: readonly T[],
    add: readonly T[],
    update: readonly T[],
    key: (r: T) => string,
  ): T[] => {
    const next = new Map(update.map((r) => [key(r), r]));
    return [...list.map((r) => next.get(key(r)) ?? r), ...add];
  };
  const k = (r: { id: string }) => r.id;
  return {
    sources: merge(base.sources, plan.add.sources, plan.update.sources, k),
    highlights: merge(base.highlights, plan.add.highlights, plan.update.highlights, k),
    entities: merge(base.entities, plan.add.entities, plan.update.entities, k),
    claims: merge(base.claims, plan.add.claims, plan.update.claims, k),
    notes: merge(base.notes, plan.add.notes, plan.update.notes, (n) => n.meta.id),
  };
}

describe('planMerge', () => {
  it('adds everything to an empty notebook, keeping ids', () => {
    const plan = planMerge(empty(), packet());
    expect(plan.added).toEqual({
      ...zeroCounts(),
      sources: 2,
      highlights: 2,
      entities: 1,
      claims: 1,
      notes: 1,
    });
    expect(plan.add.highlights.map((h) => h.id)).toEqual([id(11), id(12)]);
    expect(plan.conflicts).toEqual([]);
  });

  it('changes nothing when merged twice', () => {
    const once = apply(empty(), planMerge(empty(), packet()));
    const twice = planMerge(once, packet());
    expect(twice.added).toEqual(zeroCounts());
    expect(twice.update).toEqual(noUpdate());
    expect(twice.unchangedCount).toBe(7);
  });

  it('takes from a newer copy only what the notebook lacks, and reports every difference', () => {
    const base = packet();
    const incoming = packet();
    incoming.entities = [entity(21, { description: 'newer', updatedAt: later })];
    incoming.sources = [
      source(1, {
        title: 'Retitled',
        tags: ['court'],
        updatedAt: later,
        similar: [{ sourceId: id(9), score: 1 }],
      }),
      source(2),
    ];
    const plan = planMerge(base, incoming);
    expect(plan.updated).toMatchObject({ entities: 1, sources: 1 });
    // The title the reporter has stays; the empty description and tag list are filled.
    expect(plan.update.sources[0]).toMatchObject({ title: 'Source 1', tags: ['court'], similar: [] });
    expect(plan.update.entities[0]).toMatchObject({ description: 'newer' });
    expect(plan.changes.find((c) => c.kind === 'source')?.fields).toEqual([
      { field: 'title', outcome: 'kept-yours', yours: 'Source 1', theirs: 'Retitled' },
      { field: 'tags', outcome: 'filled', yours: '[]', theirs: '["court"]' },
    ]);
    // An older copy never replaces a newer one.
    expect(planMerge(apply(base, plan), packet()).update).toEqual(noUpdate());
  });

  it('never lowers confidentiality, whatever the dates, and raises it from an older copy', () => {
    const base = { ...empty(), sources: [source(1, { confidential: true })], highlights: [highlight(11, 1)] };
    const lowered = planMerge(base, {
      ...empty(),
      sources: [source(1, { confidential: false, title: 'Retitled', updatedAt: later })],
    });
    expect(lowered.update.sources).toEqual([]);
    expect(lowered.changes[0]?.fields.map((f) => [f.field, f.outcome])).toEqual([
      ['title', 'kept-yours'],
      ['confidential', 'stays-confidential'],
    ]);
    const raised = planMerge(base, { ...empty(), highlights: [highlight(11, 1, { confidential: true })] });
    expect(raised.update.highlights[0]).toMatchObject({ confidential: true });
    expect(raised.changes[0]?.fields).toMatchObject([{ field: 'confidential', outcome: 'raised' }]);
  });

  it('links a source whose text is already there under another id, and moves its highlights and citations over', () => {
    const base = { ...empty(), sources: [source(99, { textSha256: source(1).textSha256 })] };
    const plan = planMerge(base, packet());
    expect(plan.linked.sources).toBe(1);
    expect(plan.add.sources.map((s) => s.id)).toEqual([id(2)]);
    expect(plan.add.highlights.find((h) => h.id === id(11))?.sourceId).toBe(id(99));
    expect(collectCitations(plan.add.notes[0]?.doc ?? { type: 'doc' })[0]?.sourceId).toBe(id(99));
    expect(plan.add.notes[0]?.meta.citedSourceIds).toEqual([id(99), id(2)]);
  });

  it('keeps both on a conflict (same id, different content), renames references, and is idempotent', () => {
    const base = {
      ...empty(),
      sources: [source(1, { textSha256: 'f'.repeat(64) })],
      entities: [entity(21, { name: 'Someone else' })],
    };
    const plan = planMerge(base, packet());
    expect(plan.conflicts.map((c) => [c.kind, c.id])).toEqual([
      ['entity', id(21)],
      ['source', id(1)],
    ]);
    const newSource = plan.conflicts[1]?.keptAs;
    const newEntity = plan.conflicts[0]?.keptAs;
    expect(newSource).not.toBe(id(1));
    const h11 = plan.add.highlights.find((h) => h.id === id(11));
    expect(h11).toMatchObject({ sourceId: newSource, entityIds: [newEntity] });
    expect(plan.add.claims[0]).toMatchObject({
      claimantId: newEntity,
      evidence: [{ highlightId: h11?.id }, { highlightId: id(12) }],
    });
    const again = planMerge(apply(base, plan), packet());
    expect(again.conflicts).toEqual([]);
    expect(again.added).toEqual(zeroCounts());
    expect(again.linked).toMatchObject({ sources: 1, entities: 1 });
    expect(again.unchangedCount).toBe(5);
  });

  it('gives a highlight a new id when its id is taken by different content', () => {
    const base = {
      ...empty(),
      sources: [source(1)],
      highlights: [highlight(11, 1, { position: { type: 'TextPositionSelector', start: 90, end: 95 } })],
    };
    const plan = planMerge(base, packet());
    expect(plan.conflicts).toMatchObject([{ kind: 'highlight', id: id(11) }]);
    const kept = plan.conflicts[0]?.keptAs;
    expect(plan.add.claims[0]?.evidence.map((e) => e.highlightId)).toEqual([kept, id(12)]);
    expect(collectCitations(plan.add.notes[0]?.doc ?? { type: 'doc' })[0]?.highlightId).toBe(kept);
  });

  it('treats a note with the same id but a different text as a conflict', () => {
    const base = { ...empty(), notes: [note(41, docOf({ type: 'text', text: 'my version' }))] };
    const plan = planMerge(base, {
      ...empty(),
      notes: [note(41, docOf({ type: 'text', text: 'their version' }))],
    });
    expect(plan.conflicts).toMatchObject([{ kind: 'note', id: id(41), label: 'Note 41' }]);
    expect(plan.add.notes[0]?.meta.id).not.toBe(id(41));
  });

  it('drops references to records neither side has', () => {
    const incoming = {
      ...empty(),
      sources: [source(1)],
      highlights: [highlight(11, 1, { entityIds: [id(77)] })],
      claims: [claim(31, [id(11), id(88)], { claimantId: id(77) })],
    };
    const plan = planMerge(empty(), incoming);
    expect(plan.add.highlights[0]?.entityIds).toEqual([]);
    expect(plan.add.claims[0]).toMatchObject({ claimantId: null, evidence: [{ highlightId: id(11) }] });
  });
});
