import { describe, expect, it } from 'vitest';
import { buildTimeline, highlightDate, type TimelineItem } from './buildTimeline';
import { IncrementalTimeline, type IncrementalInput } from './incrementalTimeline';
import { indexTimeline, type TimelineIndex } from './timelineIndex';

type Input = {
  sources: IncrementalInput['sources'][number][];
  highlights: IncrementalInput['highlights'][number][];
  claims: IncrementalInput['claims'][number][];
  questions: IncrementalInput['questions'][number][];
  entities: { id: string; name: string }[];
};
type Shown = TimelineItem & { sourceTitle: string | null; claimantName: string | null };

const WORDS = ['on 14 March ', 'on Tuesday ', 'yesterday ', '', 'in 2025 ', 'the 3rd of May '];

const source = (id: string, day: number | null, title = `Report ${id}`) => ({
  id,
  title,
  publishedAt: day === null ? null : `2026-03-${String(day).padStart(2, '0')}`,
  capturedAt: '2026-03-28T00:00:00Z',
  publishedApproximate: false,
  language: 'en',
  tags: [] as string[],
});
const highlight = (id: string, sourceId: string, before: string, exact = `words of ${id}`) => ({
  id,
  sourceId,
  quote: { type: 'TextQuoteSelector' as const, prefix: `It was ${before}`, exact, suffix: ' and more.' },
  tags: [] as string[],
  entityIds: [] as string[],
});
const claim = (id: string, evidence: string[], claimantId: string | null = null) => ({
  id,
  statement: `Claim ${id}`,
  claimantId,
  evidence: evidence.map((highlightId, i) => ({
    highlightId,
    stance: i % 2 ? ('contradicts' as const) : ('supports' as const),
    note: '',
  })),
});

function notebook(): Input {
  return {
    sources: [source('s1', 19), source('s2', 16), source('s3', null), source('s4', 2)],
    highlights: [
      highlight('h1', 's1', WORDS[0] ?? ''),
      highlight('h2', 's1', WORDS[1] ?? ''),
      highlight('h3', 's2', WORDS[3] ?? ''),
      highlight('h4', 's3', WORDS[2] ?? ''),
      highlight('h5', 's4', WORDS[4] ?? ''),
    ],
    claims: [claim('c1', ['h1', 'h3'], 'e1'), claim('c2', ['h4']), claim('c3', [])],
    questions: [{ id: 'q1', answers: [{ id: 'a1', text: '', claimId: 'c1' }] }],
    entities: [
      { id: 'e1', name: 'Envoy' },
      { id: 'e2', name: 'Mayor' },
    ],
  };
}

/** What the notebook shows with each item, read from the input as it is now (as electron/claims/timeline does). */
function finisher(current: () => Input) {
  return (item: TimelineItem): Shown => ({
    ...item,
    sourceTitle: current().sources.find((s) => s.id === item.sourceId)?.title ?? null,
    claimantName: current().entities.find((e) => e.id === item.claimantId)?.name ?? null,
  });
}

const byEntries = (index: TimelineIndex<Shown>) =>
  Object.fromEntries(
    Object.entries(index.by).map(([key, map]) => [
      key,
      [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([v, list]) => [v, list.map((i) => i.id)]),
    ]),
  );

/** The incremental index after a change must equal a full rebuild of the same input. */
function expectSameAsFullRebuild(index: TimelineIndex<Shown>, input: Input) {
  const full = indexTimeline(buildTimeline(input).map(finisher(() => input)));
  expect(index.all).toEqual(full.all);
  expect(byEntries(index)).toEqual(byEntries(full));
}

const CHANGES: Array<[string, (n: Input) => void]> = [
  ['a claim reworded', (n) => void (n.claims[0] = { ...claim('c1', ['h1', 'h3'], 'e1'), statement: 'New' })],
  ['evidence added to an undated claim', (n) => void (n.claims[2] = claim('c3', ['h5']))],
  ['evidence reordered', (n) => void (n.claims[0] = claim('c1', ['h3', 'h1'], 'e1'))],
  ['a claim removed', (n) => void n.claims.splice(1, 1)],
  ['a claimant changed in place', (n) => void ((n.claims[1] as Input['claims'][number]).claimantId = 'e2')],
  ['an entity renamed', (n) => void (n.entities[0] = { id: 'e1', name: 'Special envoy' })],
  [
    'a highlight tagged',
    (n) => void (n.highlights[0] = { ...highlight('h1', 's1', WORDS[0] ?? ''), tags: ['t'] }),
  ],
  [
    'a highlight given an entity',
    (n) => void (n.highlights[2] = { ...highlight('h3', 's2', ''), entityIds: ['e2'] }),
  ],
  [
    'a highlight re-worded to another date',
    (n) => void (n.highlights[1] = highlight('h2', 's1', WORDS[5] ?? '')),
  ],
  ['a highlight loses its date', (n) => void (n.highlights[0] = highlight('h1', 's1', ''))],
  [
    'a highlight moved to another source',
    (n) => void (n.highlights[0] = highlight('h1', 's3', WORDS[1] ?? '')),
  ],
  ['a highlight deleted', (n) => void n.highlights.splice(2, 1)],
  ['a highlight added', (n) => void n.highlights.push(highlight('h9', 's2', WORDS[1] ?? ''))],
  ['a source re-dated', (n) => void (n.sources[0] = source('s1', 26))],
  ['a source loses its date', (n) => void (n.sources[1] = source('s2', null))],
  ['a source renamed', (n) => void (n.sources[0] = source('s1', 19, 'Renamed'))],
  ['a source tagged in place', (n) => void (n.sources[3] as Input['sources'][number]).tags.push('plan')],
  [
    'a source removed with its highlights',
    (n) => {
      n.sources.splice(0, 1);
      n.highlights = n.highlights.filter((h) => h.sourceId !== 's1');
    },
  ],
  [
    'a question gains an answer',
    (n) =>
      void (n.questions[0] = {
        id: 'q1',
        answers: [
          { id: 'a1', text: '', claimId: 'c1' },
          { id: 'a2', text: '', claimId: 'c2' },
        ],
      }),
  ],
  ['a question removed', (n) => void n.questions.splice(0, 1)],
  ['nothing the timeline reads', (n) => void (n.claims[0] = { ...claim('c1', ['h1', 'h3'], 'e1') })],
];

describe('IncrementalTimeline equals a full rebuild', () => {
  it.each(CHANGES)('after %s', (_, change) => {
    let input = notebook();
    const timeline = new IncrementalTimeline(finisher(() => input));
    expectSameAsFullRebuild(timeline.update(input, highlightDate), input);
    input = {
      ...input,
      sources: [...input.sources],
      highlights: [...input.highlights],
      claims: [...input.claims],
    };
    input.questions = [...input.questions];
    input.entities = [...input.entities];
    change(input);
    expectSameAsFullRebuild(timeline.update(input, highlightDate), input);
  });

  it.each([2_000, 3])(
    'after a random sequence of 300 changes (full rebuild above %i changed items)',
    (limit) => {
      const random = seeded(limit);
      let input = notebook();
      const timeline = new IncrementalTimeline(
        finisher(() => input),
        limit,
      );
      let next = 10;
      for (let step = 0; step < 300; step++) {
        input = {
          ...input,
          sources: [...input.sources],
          highlights: [...input.highlights],
          claims: [...input.claims],
        };
        const count = 1 + Math.floor(random() * 3);
        for (let i = 0; i < count; i++) randomChange(input, random, `x${next++}`);
        expectSameAsFullRebuild(timeline.update(input, highlightDate), input);
      }
    },
  );
});

/** A small deterministic generator (mulberry32), so a failure repeats. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomChange(n: Input, random: () => number, id: string): void {
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  const at = <T>(list: readonly T[]) => Math.floor(random() * list.length);
  const word = () => pick(WORDS) ?? '';
  const sourceId = () => pick(n.sources)?.id ?? 'gone';
  const highlightIds = () => n.highlights.filter(() => random() < 0.3).map((h) => h.id);
  const changes = [
    () => n.sources.push(source(id, random() < 0.2 ? null : 1 + at(Array(27)))),
    () => n.sources.length > 1 && n.sources.splice(at(n.sources), 1),
    () => {
      const i = at(n.sources);
      const s = n.sources[i];
      if (s) n.sources[i] = { ...s, title: `T${id}`, publishedAt: random() < 0.3 ? null : '2026-03-10' };
    },
    () => n.highlights.push(highlight(id, sourceId(), word(), random() < 0.3 ? 'same words' : `w${id}`)),
    () => n.highlights.splice(at(n.highlights), 1),
    () => {
      const i = at(n.highlights);
      const h = n.highlights[i];
      if (!h) return;
      const tags = random() < 0.5 ? ['t1'] : ['t1', 't2'];
      n.highlights[i] = {
        ...h,
        sourceId: random() < 0.3 ? sourceId() : h.sourceId,
        tags,
        entityIds: [pick(['e1', 'e2']) ?? 'e1'],
      };
    },
    () => n.claims.push(claim(id, highlightIds(), pick([null, 'e1', 'e2']) ?? null)),
    () => n.claims.splice(at(n.claims), 1),
    () => {
      const i = at(n.claims);
      const c = n.claims[i];
      if (c) n.claims[i] = { ...claim(c.id, highlightIds(), c.claimantId), statement: `S${id}` };
    },
    () => {
      const c = pick(n.claims);
      if (c) c.claimantId = pick([null, 'e1', 'e2']) ?? null;
    },
    () => {
      const answers = n.claims
        .filter(() => random() < 0.3)
        .map((c, i) => ({ id: `${id}${i}`, text: '', claimId: c.id }));
      n.questions = random() < 0.5 ? [...n.questions, { id, answers }] : n.questions.slice(1);
    },
    () => (n.entities = n.entities.map((e) => (random() < 0.5 ? { ...e, name: `N${id}` } : e))),
  ];
  pick(changes)?.();
}
