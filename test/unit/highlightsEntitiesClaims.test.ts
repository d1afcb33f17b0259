import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookSession } from '../../electron/session/notebookSession';
import { tempDir } from './helpers/tempDir';

const A =
  'Talks in Geneva\n\nThe envoy said a 19-point plan was agreed. Ushakov confirmed the meeting.\n\nNo date was set.';
const B =
  'Second report\n\nA 20-point plan, said Yuri Ushakov, is still under discussion.\n\nOfficials declined to comment.';

async function setup() {
  const dir = join(await tempDir(), 'nb');
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  const a = await session.importText(A);
  const b = await session.importText(B);
  return { dir, session, h: session.handlers, a: a.sourceId, b: b.sourceId };
}

async function offsetsOf(session: NotebookSession, sourceId: string, quote: string) {
  const { text } = await session.handlers.getSource({ id: sourceId });
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + quote.length };
}

describe('highlights, entities and claims', () => {
  it('highlights a passage with W3C selectors and anchors it again after reopening', async () => {
    const { dir, session, h, a } = await setup();
    const range = await offsetsOf(session, a, '19-point plan');
    const created = await h.createHighlight({
      sourceId: a,
      ...range,
      color: 2,
      comment: 'check',
      tags: [],
      entityIds: [],
    });
    expect(created.quote).toMatchObject({
      type: 'TextQuoteSelector',
      exact: '19-point plan',
      prefix: 'The envoy said a ',
    });
    expect(created.position).toEqual({ type: 'TextPositionSelector', ...range });
    await session.close();

    const again = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
    const listed = await again.handlers.listHighlights({ sourceId: a });
    expect(listed.health).toEqual({ exact: 1, fuzzy: 0, orphaned: 0 });
    expect(listed.highlights[0]?.anchor).toMatchObject({ status: 'exact', ...range });
    await again.close();
  });

  it('deletes a highlight and restores it (undo)', async () => {
    const { session, h, a } = await setup();
    const created = await h.createHighlight({
      sourceId: a,
      start: 0,
      end: 9,
      color: 1,
      comment: '',
      tags: [],
      entityIds: [],
    });
    const { deleted } = await h.deleteHighlight({ id: created.id });
    expect((await h.listHighlights({ sourceId: a })).highlights).toEqual([]);
    await h.restoreHighlight({ highlight: deleted });
    expect((await h.listHighlights({ sourceId: a })).highlights.map((x) => x.highlight.id)).toEqual([
      created.id,
    ]);
    await expect(
      h.deleteHighlight({ id: created.id }).then(() => h.deleteHighlight({ id: created.id })),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await session.close();
  });

  it('tags to an entity; the entity page lists the highlight and every alias mention', async () => {
    const { session, h, a, b } = await setup();
    const entity = await h.createEntity({
      type: 'person',
      name: 'Yuri Ushakov',
      aliases: ['Ushakov'],
      description: '',
    });
    await expect(
      h.createEntity({ type: 'person', name: 'ushakov', aliases: [], description: '' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    const range = await offsetsOf(session, a, 'Ushakov confirmed the meeting');
    const tagged = await h.createHighlight({
      sourceId: a,
      ...range,
      color: 1,
      comment: '',
      tags: [],
      entityIds: [entity.id],
    });
    const page = await h.getEntityPage({ id: entity.id, mentionLimit: 5000 });
    expect(page.highlights.map((x) => x.highlight.id)).toEqual([tagged.id]);
    expect(page.mentions.map((m) => [m.sourceId, m.sentence])).toEqual([
      [a, 'Ushakov confirmed the meeting.'],
      [b, 'A 20-point plan, said Yuri Ushakov, is still under discussion.'],
    ]);
    expect(page.countsBySource.map((c) => [c.sourceId, c.mentions, c.highlights])).toEqual([
      [a, 1, 1],
      [b, 1, 0],
    ]);
    await session.close();
  });

  it('merges two entities: aliases united, tags moved', async () => {
    const { session, h, a } = await setup();
    const keep = await h.createEntity({ type: 'person', name: 'Yuri Ushakov', aliases: [], description: '' });
    const dupe = await h.createEntity({ type: 'person', name: 'Ushakov', aliases: [], description: 'aide' });
    const hl = await h.createHighlight({
      sourceId: a,
      start: 0,
      end: 5,
      color: 1,
      comment: '',
      tags: [],
      entityIds: [dupe.id],
    });
    const merged = await h.mergeEntities({ keepId: keep.id, mergeId: dupe.id });
    expect(merged).toMatchObject({ aliases: ['Ushakov'], description: 'aide' });
    expect((await h.listEntities({})).map((e) => [e.entity.name, e.highlightCount])).toEqual([
      ['Yuri Ushakov', 1],
    ]);
    const [listed] = (await h.listHighlights({ sourceId: a })).highlights;
    expect(listed?.highlight.id).toBe(hl.id);
    expect(listed?.highlight.entityIds).toEqual([keep.id]);
    await session.close();
  });

  it('flags a claim with supporting and contradicting evidence and suggests a status', async () => {
    const { session, h, a, b } = await setup();
    const first = await h.createHighlight({
      sourceId: a,
      ...(await offsetsOf(session, a, '19-point plan was agreed')),
      color: 1,
      comment: '',
      tags: [],
      entityIds: [],
    });
    const second = await h.createHighlight({
      sourceId: b,
      ...(await offsetsOf(session, b, 'A 20-point plan')),
      color: 3,
      comment: '',
      tags: [],
      entityIds: [],
    });
    const claim = await h.createClaim({
      statement: 'A 19-point plan was agreed',
      claimantId: null,
      status: 'unverified',
      evidence: [{ highlightId: first.id, stance: 'supports', note: '' }],
    });
    await h.addEvidence({
      claimId: claim.id,
      highlightId: second.id,
      stance: 'contradicts',
      note: 'says 20',
    });
    const [view] = await h.listClaims({});
    expect(view).toMatchObject({ contested: true, suggestedStatus: 'disputed' });
    expect(view?.evidence.map((e) => [e.stance, e.sourceId, e.quote])).toEqual([
      ['supports', a, '19-point plan was agreed'],
      ['contradicts', b, 'A 20-point plan'],
    ]);
    expect(await h.listClaims({ status: 'supported' })).toEqual([]);
    await session.close();
  });

  it('suggests entities per source; known ones are marked, rejected ones stay rejected', async () => {
    const { session, h, b } = await setup();
    const before = await h.suggestEntities({ sourceId: b });
    const ushakov = before.find((s) => s.name.includes('Ushakov'));
    expect(ushakov).toMatchObject({ type: 'person', state: 'new', count: 1 });
    const entity = await h.createEntity({
      type: 'person',
      name: 'Yuri Ushakov',
      aliases: [],
      description: '',
    });
    await h.rejectSuggestion({ name: 'Officials' });
    const after = await h.suggestEntities({ sourceId: b });
    expect(after.find((s) => s.name.includes('Ushakov'))).toMatchObject({
      state: 'exists',
      entityId: entity.id,
    });
    expect(after.filter((s) => s.state === 'rejected').every((s) => s.name === 'Officials')).toBe(true);
    await session.close();
  });
});
