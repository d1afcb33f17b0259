import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { NotebookSession } from '../session/notebookSession';
import type { NotebookStore } from '../store/notebookStore';
import { buildWorld, evidenceWorld, type EvidenceWorld } from './evidenceWorld';

const TEXTS = [
  'The council met on 14 March. The mayor said the plan has 19 points and the harbour is safe.',
  'A second outlet wrote on Tuesday that the plan has 20 points, citing the port authority.',
  'A third report says the plan has 19 points, and the council met on a Monday in March.',
];

/**
 * A world as plain data, to compare kept with fresh: the rating lookup as the ratings it gives,
 * sources as what the weighing reads of them (a kept source may differ in, say, updatedAt).
 */
function plain(world: EvidenceWorld) {
  const { lookup, sources, ...rest } = world;
  return {
    ...rest,
    sources: [...sources.values()].map(({ id, site, title, publishedAt, capturedAt, similar }) => ({
      ...{ id, site, title, publishedAt, capturedAt, similar },
    })),
    ratings: [...sources.values()].map((s) => [s.id, lookup(s.id, s.site)]),
  };
}

type Step = (h: NotebookSession['handlers'], ids: Ids) => Promise<unknown>;
interface Ids {
  sources: string[];
  highlights: string[];
  claim: string;
}

const STEPS: Array<[string, Step]> = [
  ['a claim reworded', (h, ids) => h.updateClaim({ id: ids.claim, statement: 'Reworded' })],
  ['a status set', (h, ids) => h.updateClaim({ id: ids.claim, status: 'disputed' })],
  [
    'evidence added',
    (h, ids) =>
      h.addEvidence({
        claimId: ids.claim,
        highlightId: ids.highlights[1] ?? '',
        stance: 'contradicts',
        note: '',
      }),
  ],
  [
    'evidence removed',
    (h, ids) => h.removeEvidence({ claimId: ids.claim, highlightId: ids.highlights[1] ?? '' }),
  ],
  [
    'a cited highlight re-tagged',
    (h, ids) => h.updateHighlight({ id: ids.highlights[0] ?? '', tags: ['plan'] }),
  ],
  [
    'an uncited highlight re-tagged',
    (h, ids) => h.updateHighlight({ id: ids.highlights[2] ?? '', tags: ['x'] }),
  ],
  [
    'a cited source renamed and moved to an outlet',
    (h, ids) => h.updateSourceMetadata({ id: ids.sources[0] ?? '', title: 'Renamed', site: 'wire.example' }),
  ],
  [
    'a source re-dated',
    (h, ids) => h.updateSourceMetadata({ id: ids.sources[1] ?? '', publishedAt: '2026-03-02' }),
  ],
  [
    'a source rated',
    (h, ids) => h.rateSource({ sourceId: ids.sources[0] ?? '', rating: 'wire', reason: 'r' }),
  ],
  ['an outlet rated', (h) => h.rateOutlet({ site: 'wire.example', rating: 'derivative', reason: 'farm' })],
  [
    'a question made',
    (h, ids) => h.createQuestion({ text: 'How many points?', claimIds: [ids.claim], answers: [] }),
  ],
  ['a cited highlight deleted', (h, ids) => h.deleteHighlight({ id: ids.highlights[0] ?? '' })],
];

async function setup() {
  const session = await NotebookSession.open({ notebookDir: join(await tempDir(), 'nb'), userDataDir: null });
  const h = session.handlers;
  const sources: string[] = [];
  const highlights: string[] = [];
  for (const [i, text] of TEXTS.entries()) {
    const { sourceId } = await session.importText(text, `Report ${i}`);
    sources.push(sourceId);
    const at = text.indexOf('the plan has');
    const made = await h.createHighlight({
      ...{ sourceId, start: at, end: at + 20, color: 1, comment: '' },
      ...{ tags: [], entityIds: [] },
    });
    highlights.push(made.id);
  }
  const claim = await h.createClaim({
    statement: 'The plan has 19 points',
    claimantId: null,
    status: 'unverified',
    evidence: [{ highlightId: highlights[0] ?? '', stance: 'supports', note: '' }],
  });
  const store = (session as unknown as { store: NotebookStore }).store;
  return { session, h, store, ids: { sources, highlights, claim: claim.id } };
}

/** The kept world must be the world built from scratch, after every change a reporter can make. */
describe('the kept evidence world equals one built afresh', () => {
  it('after each change in turn', async () => {
    const { session, h, store, ids } = await setup();
    expect(plain(await evidenceWorld(store))).toEqual(plain(await buildWorld(store)));
    for (const [name, step] of STEPS) {
      await step(h, ids);
      expect(plain(await evidenceWorld(store)), name).toEqual(plain(await buildWorld(store)));
    }
    await session.close();
  });

  it('after a random sequence of 30 changes', async () => {
    const { session, h, store, ids } = await setup();
    let seed = 18;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    await evidenceWorld(store);
    for (let i = 0; i < 30; i++) {
      const [name, step] = STEPS[Math.floor(random() * (STEPS.length - 1))] ??
        STEPS[0] ?? ['', async () => {}];
      await step(h, ids).catch(() => undefined); // e.g. evidence removed twice: refused, nothing changed
      expect(plain(await evidenceWorld(store)), name).toEqual(plain(await buildWorld(store)));
    }
    await session.close();
  });
});
