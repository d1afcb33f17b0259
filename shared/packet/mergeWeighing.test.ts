import { describe, expect, it } from 'vitest';
import type { Question, Ratings } from '../model';
import { describeMerge } from './describeMerge';
import { planMerge } from './planMerge';
import type { NotebookContent } from './selectContent';
import { claim, highlight, id, later, question, rating, source } from './testing/records';

const noRatings = (): Ratings => ({ sources: [], outlets: [] });
const notebook = (over: Partial<NotebookContent> = {}): NotebookContent => ({
  sources: [source(1, { site: 'The Harbour Ledger' }), source(2)],
  highlights: [highlight(11, 1), highlight(12, 2)],
  entities: [],
  claims: [claim(31, [id(11)]), claim(32, [id(12)], { statement: 'Claim 32' })],
  notes: [],
  questions: [],
  ratings: noRatings(),
  ...over,
});

/** Applies a plan's questions and ratings the way applyPlan does. */
function apply(base: NotebookContent, plan: ReturnType<typeof planMerge>): NotebookContent {
  const updated = new Map((plan.update.questions ?? []).map((q) => [q.id, q]));
  const ratings = base.ratings ?? noRatings();
  return {
    ...base,
    claims: [...base.claims, ...plan.add.claims],
    questions: [...(base.questions ?? []).map((q) => updated.get(q.id) ?? q), ...(plan.add.questions ?? [])],
    ratings: {
      sources: [...ratings.sources, ...(plan.add.ratings?.sources ?? [])],
      outlets: [...ratings.outlets, ...(plan.add.ratings?.outlets ?? [])],
    },
  };
}

const q51 = question(51, [31, 32]);
const answerClaims = (q: Question | undefined) => q?.answers.map((a) => a.claimId);

describe('planMerge: questions', () => {
  const cases: Array<{
    name: string;
    mine: Question[];
    theirs: Question[];
    theirClaims?: NotebookContent['claims'];
    added: number;
    updated: number;
    conflicts: number;
    check?: (plan: ReturnType<typeof planMerge>) => void;
  }> = [
    {
      name: 'new: a question the notebook lacks is added with its answers',
      mine: [],
      theirs: [question(51, [31, 'Twenty points'])],
      added: 1,
      updated: 0,
      conflicts: 0,
      check: (p) => expect(answerClaims(p.add.questions?.[0])).toEqual([id(31), null]),
    },
    {
      name: 'same: nothing to do',
      mine: [q51],
      theirs: [q51],
      added: 0,
      updated: 0,
      conflicts: 0,
      check: (p) => expect(p.changes).toEqual([]),
    },
    {
      name: 'newer copy with another answer: the answer joins yours, reported',
      mine: [question(51, [31])],
      theirs: [question(51, [31, 32], { updatedAt: later })],
      added: 0,
      updated: 1,
      conflicts: 0,
      check: (p) => {
        expect(answerClaims(p.update.questions?.[0])).toEqual([id(31), id(32)]);
        expect(p.changes[0]).toMatchObject({
          kind: 'question',
          fields: [{ field: 'answers', outcome: 'added' }],
        });
      },
    },
    {
      name: 'older copy with another answer: yours unchanged',
      mine: [question(51, [31], { updatedAt: later })],
      theirs: [question(51, [31, 32])],
      added: 0,
      updated: 0,
      conflicts: 0,
    },
    {
      name: 'same answer under another answer id: not added twice',
      mine: [question(51, [31, 'Twenty points'])],
      theirs: [
        {
          ...question(51, [], { updatedAt: later }),
          answers: [
            { id: id(9001), text: 'Claim 31', claimId: id(31) },
            { id: id(9002), text: ' twenty POINTS', claimId: null },
          ],
        },
      ],
      added: 0,
      updated: 0,
      conflicts: 0,
    },
    {
      name: 'same id, other text: both kept, the packet’s under a new id',
      mine: [q51],
      theirs: [question(51, [31], { text: 'Who signed it?' })],
      added: 1,
      updated: 0,
      conflicts: 1,
      check: (p) => {
        expect(p.add.questions?.[0]?.id).not.toBe(id(51));
        expect(p.conflicts[0]).toMatchObject({ kind: 'question', id: id(51) });
      },
    },
    {
      name: 'answers follow their claim when it is kept under a new id (conflict)',
      mine: [],
      theirs: [question(51, [31])],
      theirClaims: [claim(31, [id(11)], { statement: 'Something else entirely' })],
      added: 1,
      updated: 0,
      conflicts: 1,
      check: (p) => {
        const renamed = p.add.claims[0]?.id;
        expect(renamed).not.toBe(id(31));
        expect(answerClaims(p.add.questions?.[0])).toEqual([renamed]);
      },
    },
    {
      name: 'answers follow their claim to the notebook’s copy of it under another id',
      mine: [],
      theirs: [question(51, [77])],
      theirClaims: [claim(77, [id(11)], { statement: 'Claim 31' })],
      added: 1,
      updated: 0,
      conflicts: 0,
      check: (p) => expect(answerClaims(p.add.questions?.[0])).toEqual([id(31)]),
    },
  ];
  it.each(cases)('$name', ({ mine, theirs, theirClaims, added, updated, conflicts, check }) => {
    const base = notebook({ questions: mine });
    const incoming = notebook({ questions: theirs, ...(theirClaims ? { claims: theirClaims } : {}) });
    const plan = planMerge(base, incoming);
    expect(plan.added.questions).toBe(added);
    expect(plan.updated.questions).toBe(updated);
    expect(plan.conflicts.length).toBe(conflicts);
    check?.(plan);
    // Merging the same packet again changes nothing.
    const again = planMerge(apply(base, plan), incoming);
    expect([again.added.questions, again.updated.questions]).toEqual([0, 0]);
  });
});

describe('planMerge: ratings', () => {
  const harbour = 'the harbour ledger';
  const cases: Array<{
    name: string;
    mine: Ratings;
    theirs: Ratings;
    added: Ratings;
    differs: Array<{ label: string; yours: string; theirs: string }>;
  }> = [
    {
      name: 'new: ratings the notebook lacks are added',
      mine: noRatings(),
      theirs: {
        sources: [{ ...rating('wire'), sourceId: id(2) }],
        outlets: [{ ...rating('derivative', 'spun copies'), outlet: harbour }],
      },
      added: {
        sources: [{ ...rating('wire'), sourceId: id(2) }],
        outlets: [{ ...rating('derivative', 'spun copies'), outlet: harbour }],
      },
      differs: [],
    },
    {
      name: 'same: nothing added, nothing reported',
      mine: { sources: [{ ...rating('wire'), sourceId: id(2) }], outlets: [] },
      theirs: { sources: [{ ...rating('wire'), sourceId: id(2) }], outlets: [] },
      added: noRatings(),
      differs: [],
    },
    {
      name: 'different source rating: yours kept, the difference listed',
      mine: { sources: [{ ...rating('official', 'ministry site'), sourceId: id(2) }], outlets: [] },
      theirs: { sources: [{ ...rating('derivative'), sourceId: id(2) }], outlets: [] },
      added: noRatings(),
      differs: [
        {
          label: 'Source 2',
          yours: 'Official statement: ministry site',
          theirs: 'Content farm / derivative',
        },
      ],
    },
    {
      name: 'different outlet rating: yours kept, the difference listed',
      mine: { sources: [], outlets: [{ ...rating('established'), outlet: harbour }] },
      theirs: { sources: [], outlets: [{ ...rating('derivative'), outlet: harbour }] },
      added: noRatings(),
      differs: [
        { label: `Outlet ${harbour}`, yours: 'Established outlet', theirs: 'Content farm / derivative' },
      ],
    },
    {
      name: 'a source rating against your rating of its outlet: the outlet’s still applies',
      mine: { sources: [], outlets: [{ ...rating('established'), outlet: harbour }] },
      theirs: { sources: [{ ...rating('derivative'), sourceId: id(1) }], outlets: [] },
      added: noRatings(),
      differs: [{ label: 'Source 1', yours: 'Established outlet', theirs: 'Content farm / derivative' }],
    },
  ];
  it.each(cases)('$name', ({ mine, theirs, added, differs }) => {
    const base = notebook({ ratings: mine });
    const plan = planMerge(base, notebook({ ratings: theirs }));
    expect(plan.add.ratings).toEqual(added);
    expect(plan.added.ratings).toBe(added.sources.length + added.outlets.length);
    const changes = plan.changes.filter((c) => c.kind === 'rating');
    expect(
      changes.map((c) => ({ label: c.label, yours: c.fields[0]?.yours, theirs: c.fields[0]?.theirs })),
    ).toEqual(differs);
    expect(changes.every((c) => c.fields.every((f) => f.outcome === 'kept-yours'))).toBe(true);
    // Shown to the reporter in words before and after the import.
    if (differs.length > 0)
      expect(describeMerge(plan.changes, plan.conflicts, true).join('\n')).toContain('yours kept');
    const again = planMerge(apply(base, plan), notebook({ ratings: theirs }));
    expect(again.added.ratings).toBe(0);
  });

  it('a rating follows its source to the notebook’s copy of the same text under another id', () => {
    const incoming = notebook({
      sources: [source(1, { site: 'The Harbour Ledger' }), source(92, { textSha256: source(2).textSha256 })],
      highlights: [highlight(11, 1)],
      claims: [],
      ratings: { sources: [{ ...rating('wire'), sourceId: id(92) }], outlets: [] },
    });
    const plan = planMerge(notebook(), incoming);
    expect(plan.add.ratings?.sources).toEqual([{ ...rating('wire'), sourceId: id(2) }]);
  });
});
