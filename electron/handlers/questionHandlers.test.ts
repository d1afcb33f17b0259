import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { BASE, SAME_EVENT, SYNONYMS } from '../../shared/similarity/testing/articles';
import { spinText } from '../../shared/similarity/testing/spinText';
import { NotebookSession } from '../session/notebookSession';
import { exportPacket } from '../packet/exportPacket';
import { readPacketEntries } from '../packet/verifyPacket';

const SPUN = spinText(BASE, SYNONYMS, 0.4, 11).text;

async function setup() {
  const session = await NotebookSession.open({ notebookDir: join(await tempDir(), 'nb'), userDataDir: null });
  const h = session.handlers;
  const ids: string[] = [];
  for (const [text, site, publishedAt] of [
    [BASE, 'Kelstow Courier', '2026-03-18'],
    [SPUN, 'Buzz Daily Now', '2026-03-19'],
    [SAME_EVENT, 'Coast Radio', '2026-03-19'],
  ] as const) {
    const { sourceId } = await session.importText(text);
    await h.updateSourceMetadata({ id: sourceId, site, publishedAt });
    ids.push(sourceId);
  }
  const [orig = '', spun = '', third = ''] = ids;
  const mark = async (sourceId: string, words: RegExp) => {
    const { text } = await h.getSource({ id: sourceId });
    const m = words.exec(text);
    if (!m) throw new Error(`no ${String(words)}`);
    return h.createHighlight({
      sourceId,
      start: m.index,
      end: m.index + m[0].length,
      color: 1,
      comment: '',
      tags: ['budget'],
      entityIds: [],
    });
  };
  return { session, h, orig, spun, third, mark };
}

describe('questions, independence and ratings through the handlers', () => {
  it('weighs rival answers, counts a copy once, suggests and applies a content-farm rating', async () => {
    const { session, h, orig, spun, third, mark } = await setup();
    expect((await h.getSourceDetails({ id: spun })).similar.map((s) => s.sourceId)).toEqual([orig]);
    const inSpun = await mark(spun, /\S+ than six hours/);
    const inThird = await mark(third, /ran past midnight/);
    const six = await h.createClaim({
      statement: 'The meeting lasted six hours',
      claimantId: null,
      status: 'unverified',
      evidence: [{ highlightId: inSpun.id, stance: 'supports', note: '' }],
    });
    const other = await h.createClaim({
      statement: 'The meeting ran past midnight',
      claimantId: null,
      status: 'unverified',
      evidence: [{ highlightId: inThird.id, stance: 'supports', note: '' }],
    });
    const question = await h.createQuestion({
      text: 'How long was the meeting?',
      claimIds: [six.id, other.id],
      answers: [],
    });
    let board = await h.getClaimsBoard({});
    expect(board.questions[0]?.answers.map((a) => a.suggestedStatus)).toEqual(['disputed', 'disputed']);
    expect(board.questions[0]?.contested).toBe(true);
    const spunEvidence = board.claims.find((c) => c.claim.id === six.id)?.evidence[0];
    expect(spunEvidence?.suggestedRating).toBe('derivative');
    expect(spunEvidence?.independence).toMatchObject({ relation: 'rewrite', originalId: orig });

    await h.rateOutlet({
      site: 'buzz daily now',
      rating: 'derivative',
      reason: 'spun copies of other outlets',
    });
    board = await h.getClaimsBoard({});
    expect(board.questions[0]?.answers.map((a) => a.suggestedStatus)).toEqual(['refuted', 'supported']);
    expect(board.claims.find((c) => c.claim.id === six.id)?.evidence[0]?.rating).toMatchObject({
      rating: 'derivative',
      from: 'outlet',
    });
    expect((await h.getClaimsBoard({ rating: 'derivative' })).claims.map((c) => c.claim.id)).toEqual([
      six.id,
    ]);

    const inOrig = await mark(orig, /\S+ than six hours/);
    await h.addEvidence({ claimId: six.id, highlightId: inOrig.id, stance: 'supports', note: '' });
    board = await h.getClaimsBoard({});
    expect(board.questions[0]?.answers[0]).toMatchObject({
      support: { sources: 2, independent: 1, weight: 1 },
      suggestedStatus: 'disputed',
    });

    const packet = await exportPacket(session, { out: join(await tempDir(), 'p.zip') });
    const entries = await readPacketEntries(packet.path);
    const html = new TextDecoder().decode(entries.get('index.html'));
    expect(html).toContain('How long was the meeting?');
    expect(html).toMatch(/The meeting lasted six hours<\/a><\/td><td>2 sources, 1 independent<\/td>/);
    expect(html).toContain('Content farm / derivative (outlet)');
    expect(html).toContain('Rewrite of <a href="#src-');
    const csv = new TextDecoder().decode(entries.get('questions.csv'));
    expect(csv).toContain('The meeting lasted six hours');
    expect(new TextDecoder().decode(entries.get('reliability.csv'))).toContain('Content farm / derivative');
    expect(new TextDecoder().decode(entries.get('timeline.csv'))).toMatch(/2026-03-18,false,source/);

    await h.deleteClaim({ id: other.id });
    expect((await h.getClaimsBoard({})).questions[0]?.answers.map((a) => a.answer.claimId)).toEqual([six.id]);
    expect(question.answers).toHaveLength(2);
    await session.close();
  });

  it('a claim answers one question at most; free-text answers stand alone', async () => {
    const { session, h } = await setup();
    const claim = await h.createClaim({
      statement: 'Six hours',
      claimantId: null,
      status: 'unverified',
      evidence: [],
    });
    const q1 = await h.createQuestion({ text: 'First?', claimIds: [claim.id], answers: [] });
    const q2 = await h.createQuestion({ text: 'Second?', claimIds: [], answers: ['Four hours'] });
    await h.addAnswer({ questionId: q2.id, claimId: claim.id });
    const board = await h.getClaimsBoard({});
    const byId = new Map(board.questions.map((q) => [q.question.id, q.answers.map((a) => a.statement)]));
    expect(byId.get(q1.id)).toEqual([]);
    expect(byId.get(q2.id)).toEqual(['Four hours', 'Six hours']);
    await expect(
      h.addAnswer({ questionId: q2.id, claimId: '01890a5d-ac96-774b-bcce-b302099a8057' }),
    ).rejects.toThrow(/no longer exists/);
    await session.close();
  });

  it('the timeline lists the reports and a dated claim in order and filters by tag', async () => {
    const { session, h, spun, third, mark } = await setup();
    const inSpun = await mark(spun, /on Tuesday night/);
    await h.createClaim({
      statement: 'Vote on Tuesday',
      claimantId: null,
      status: 'unverified',
      evidence: [{ highlightId: inSpun.id, stance: 'supports', note: '' }],
    });
    const { items, total, tags } = await h.getTimeline({});
    expect(items.map((i) => `${i.date} ${i.kind}`)).toEqual([
      '2026-03-17 highlight',
      '2026-03-17 claim',
      '2026-03-18 source',
      '2026-03-19 source',
      '2026-03-19 source',
    ]);
    expect(total).toBe(5);
    expect(tags).toEqual(['budget']);
    expect((await h.getTimeline({ tag: 'budget' })).items.map((i) => i.sourceId)).toEqual([spun, spun, spun]);
    expect(third).toBeTruthy();
    await session.close();
  });
});
