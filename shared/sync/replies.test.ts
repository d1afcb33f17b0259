import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeRecords } from './recordDoc';
import { addReply, checkReviewerUpdate, readReplies, REPLIES } from './replies';

const AT = '2026-01-01T00:00:00.000Z';
const reply = (id: string, text = 'Is this the signed version?') => ({
  id,
  sourceId: 's1',
  highlightId: 'h1',
  text,
});

/** The server's copy with one reply already in it, and a reviewer's copy in step with it. */
function pair(): { server: Y.Doc; reviewer: Y.Doc } {
  const server = new Y.Doc();
  addReply(server, reply('r-old'), 'ann', AT);
  const reviewer = new Y.Doc();
  Y.applyUpdate(reviewer, Y.encodeStateAsUpdate(server));
  return { server, reviewer };
}

/** What the reviewer's change sends: the update it makes on its own copy. */
function changeBy(reviewer: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listen = (u: Uint8Array) => updates.push(u);
  reviewer.on('update', listen);
  change(reviewer);
  reviewer.off('update', listen);
  return Y.mergeUpdates(updates);
}

const cases: Array<{ name: string; change: (doc: Y.Doc) => void; ok: boolean }> = [
  { name: 'a new reply', change: (d) => addReply(d, reply('r-new'), 'rita', AT), ok: true },
  {
    name: 'two new replies',
    change: (d) => {
      addReply(d, reply('r-1'), 'rita', AT);
      addReply(d, reply('r-2', 'Second question'), 'rita', AT);
    },
    ok: true,
  },
  {
    name: 'a change to an existing reply',
    change: (d) => writeRecords(d, REPLIES, [{ ...reply('r-old'), text: 'Edited' }], 'rita', AT),
    ok: false,
  },
  {
    name: 'deleting an existing reply',
    change: (d) => writeRecords(d, REPLIES, [], 'rita', AT),
    ok: false,
  },
  {
    name: 'replacing an existing reply’s log',
    change: (d) => d.getMap(REPLIES).set('r-old', new Y.Array()),
    ok: false,
  },
  { name: 'an empty reply', change: (d) => addReply(d, reply('r-new', '  '), 'rita', AT), ok: false },
  {
    name: 'a reply with other fields',
    change: (d) => writeRecords(d, REPLIES, [{ ...reply('r-new'), color: 3 }], 'rita', AT, () => false),
    ok: false,
  },
  {
    name: 'a claim written into the replies document',
    change: (d) => writeRecords(d, 'claims', [{ id: 'c1', statement: 'S' }], 'rita', AT),
    ok: false,
  },
  { name: 'text outside any record', change: (d) => d.getText('x').insert(0, 'hi'), ok: false },
];

describe('checkReviewerUpdate: a reviewer may only add replies', () => {
  for (const { name, change, ok } of cases) {
    it(`${ok ? 'accepts' : 'refuses'} ${name}`, () => {
      const { server, reviewer } = pair();
      const before = Y.encodeStateAsUpdate(server);
      const result = checkReviewerUpdate(server, changeBy(reviewer, change));
      expect(result.ok).toBe(ok);
      expect(Y.encodeStateAsUpdate(server)).toEqual(before);
    });
  }

  it('names the replies it accepts', () => {
    const { server, reviewer } = pair();
    const result = checkReviewerUpdate(
      server,
      changeBy(reviewer, (d) => addReply(d, reply('r-new'), 'rita', AT)),
    );
    expect(result).toEqual({ ok: true, replies: [reply('r-new')] });
  });

  it('refuses bytes that are not an update', () => {
    const { server } = pair();
    expect(checkReviewerUpdate(server, new Uint8Array([1, 2, 3, 250])).ok).toBe(false);
  });

  it('readReplies leaves out malformed records', () => {
    const doc = new Y.Doc();
    addReply(doc, reply('r-1'), 'rita', AT);
    writeRecords(doc, REPLIES, [{ id: 'bad', text: 5 }], 'x', AT, () => false);
    expect(readReplies(doc)).toEqual([reply('r-1')]);
  });
});
