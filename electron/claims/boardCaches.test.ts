import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { NotebookSession } from '../session/notebookSession';

const REPORT =
  'The council met on 14 March and voted on the harbour budget. The mayor said the plan has 19 points.';
const OTHER = 'A second outlet wrote on Tuesday that the plan has 20 points, citing the port authority.';

/**
 * The board and the timeline are kept per notebook revision (revisionMemo); each change a reporter
 * can make must show up on the next call, never the kept answer.
 */
async function setup() {
  const session = await NotebookSession.open({ notebookDir: join(await tempDir(), 'nb'), userDataDir: null });
  const h = session.handlers;
  const { sourceId: first } = await session.importText(REPORT, 'Council report');
  const { sourceId: second } = await session.importText(OTHER, 'Second outlet');
  await h.updateSourceMetadata({ id: first, site: 'harbour-times.example', publishedAt: '2026-03-15' });
  await h.updateSourceMetadata({ id: second, site: 'valley-post.example', publishedAt: '2026-03-19' });
  const mark = async (sourceId: string, text: string, words: string) => {
    const at = text.indexOf(words);
    return h.createHighlight({
      sourceId,
      start: at,
      end: at + words.length,
      color: 1,
      comment: '',
      tags: [],
      entityIds: [],
    });
  };
  return { session, h, first, second, mark };
}

describe('the claims board and timeline follow every change', () => {
  it('timeline: a new dated highlight, a new entity tag, a re-dated source, a deletion', async () => {
    const { session, h, first, second, mark } = await setup();
    const before = await h.getTimeline({});
    expect(before.items.map((i) => `${i.date} ${i.kind}`)).toEqual([
      '2026-03-15 source',
      '2026-03-19 source',
    ]);

    const met = await mark(first, REPORT, 'met on 14 March');
    expect((await h.getTimeline({})).items.map((i) => `${i.date} ${i.kind}`)).toEqual([
      '2026-03-14 highlight',
      '2026-03-15 source',
      '2026-03-19 source',
    ]);

    const mayor = await h.createEntity({ type: 'person', name: 'Mara Quist', aliases: [], description: '' });
    expect((await h.getTimeline({ entityId: mayor.id })).items).toEqual([]);
    await h.updateHighlight({ id: met.id, entityIds: [mayor.id] });
    expect((await h.getTimeline({ entityId: mayor.id })).items.map((i) => i.id)).toEqual([met.id, first]);

    const tuesday = await mark(second, OTHER, 'on Tuesday');
    const dateOfTuesday = async () => (await h.getTimeline({})).items.find((i) => i.id === tuesday.id)?.date;
    expect(await dateOfTuesday()).toBe('2026-03-17');
    await h.updateSourceMetadata({ id: second, publishedAt: '2026-03-26' });
    expect(await dateOfTuesday()).toBe('2026-03-24');

    await h.updateSourceMetadata({ id: first, title: 'Council report, updated' });
    expect((await h.getTimeline({})).items.find((i) => i.id === met.id)?.sourceTitle).toBe(
      'Council report, updated',
    );
    await h.deleteHighlight({ id: met.id });
    expect((await h.getTimeline({})).items.map((i) => i.id)).not.toContain(met.id);
    await session.close();
  });

  it('board: a status, a claimant renamed, evidence added, a highlight tagged, a rating cleared', async () => {
    const { session, h, first, second, mark } = await setup();
    const mayor = await h.createEntity({ type: 'person', name: 'Mara Quist', aliases: [], description: '' });
    const nineteen = await mark(first, REPORT, 'the plan has 19 points');
    const claim = await h.createClaim({
      statement: 'The plan has 19 points',
      claimantId: mayor.id,
      status: 'unverified',
      evidence: [{ highlightId: nineteen.id, stance: 'supports', note: '' }],
    });
    const view = async () => (await h.getClaimsBoard({})).claims.find((c) => c.claim.id === claim.id);
    expect((await view())?.claimantName).toBe('Mara Quist');
    expect((await h.getClaimsBoard({ status: 'disputed' })).claims).toEqual([]);

    await h.updateClaim({ id: claim.id, status: 'disputed' });
    expect((await h.getClaimsBoard({ status: 'disputed' })).claims.map((c) => c.claim.id)).toEqual([
      claim.id,
    ]);
    await h.updateEntity({ id: mayor.id, name: 'Mara Quist-Olsen' });
    expect((await view())?.claimantName).toBe('Mara Quist-Olsen');

    const twenty = await mark(second, OTHER, 'the plan has 20 points');
    await h.addEvidence({ claimId: claim.id, highlightId: twenty.id, stance: 'contradicts', note: '' });
    expect((await view())?.against).toMatchObject({ sources: 1, independent: 1 });
    const port = await h.createEntity({
      type: 'organisation',
      name: 'Port authority',
      aliases: [],
      description: '',
    });
    expect((await h.getClaimsBoard({ entityId: port.id })).claims).toEqual([]);
    await h.updateHighlight({ id: twenty.id, entityIds: [port.id] });
    expect((await h.getClaimsBoard({ entityId: port.id })).claims.map((c) => c.claim.id)).toEqual([claim.id]);

    await h.rateSource({ sourceId: second, rating: 'derivative', reason: 'content farm' });
    expect((await view())?.evidence[1]?.rating).toMatchObject({ rating: 'derivative', from: 'source' });
    await h.rateSource({ sourceId: second, rating: null, reason: '' });
    expect((await view())?.evidence[1]?.rating).toMatchObject({ rating: 'unknown', from: 'none' });
    await session.close();
  });
});
