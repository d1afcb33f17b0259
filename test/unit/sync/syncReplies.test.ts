import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Exchange } from '../../../electron/sync/client/exchange';
import { repliesOf, replyToHighlight } from '../../../electron/sync/client/replies';
import { joinNotebook, shareNotebook } from '../../../electron/sync/client/shareJoin';
import { syncOnce } from '../../../electron/sync/client/syncCycle';
import { readSyncConfig, type SyncConfig } from '../../../electron/sync/client/syncState';
import type { RunningServer } from '../../../electron/sync/server/startServer';
import { docName } from '../../../shared/sync/docNames';
import { writeRecords } from '../../../shared/sync/recordDoc';
import { addReply, REPLIES } from '../../../shared/sync/replies';
import { tempDir } from '../helpers/tempDir';
import { ARTICLE, nextRefusal, startServer, withSession } from './syncHelpers';

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

const AT = '2026-01-01T00:00:00.000Z';

/** Ann shares a notebook with one highlighted source; Rita joins it as a reviewer. */
async function reviewed() {
  const server = await startServer();
  servers.push(server);
  const a = join(await tempDir(), 'a');
  const { sourceId, highlightId } = await withSession(a, async (s) => {
    const { sourceId } = await s.importText(ARTICLE);
    const highlight = await s.handlers.createHighlight({
      sourceId,
      start: 0,
      end: 4,
      color: 1,
      comment: '',
      tags: [],
      entityIds: [],
    });
    return { sourceId, highlightId: highlight.id };
  });
  const invitations = await shareNotebook(a, server.url, 'ann');
  const r = join(await tempDir(), 'r');
  await joinNotebook(r, invitations.reviewer, 'rita');
  const config = await readSyncConfig(r);
  if (!config) throw new Error('not joined');
  return { a, r, config, sourceId, highlightId };
}

const configOf = async (dir: string): Promise<SyncConfig> => {
  const config = await readSyncConfig(dir);
  if (!config) throw new Error('not shared');
  return config;
};

describe('reviewers reply to highlights, and do nothing else', () => {
  it('a reviewer’s reply reaches the editor with its author; the server accepts it', async () => {
    const { a, r, config, sourceId, highlightId } = await reviewed();
    await withSession(r, (s) =>
      replyToHighlight(s.notebook, config, { sourceId, highlightId, text: 'Which year was this?' }),
    );
    const report = await syncOnce(r);
    expect(report.refused).toBe(0);
    await syncOnce(a);
    const replies = await withSession(a, async (s) => repliesOf(s.notebook, await configOf(a)));
    expect(replies).toEqual([
      expect.objectContaining({ highlightId, text: 'Which year was this?', by: 'rita', orphaned: false }),
    ]);
  });

  it('the server refuses a reply to a highlight that does not exist, and a change to an existing reply', async () => {
    const { a, r, config, sourceId, highlightId } = await reviewed();
    await withSession(r, (s) =>
      replyToHighlight(s.notebook, config, { sourceId, highlightId, text: 'First.' }),
    );
    await syncOnce(r);
    // Straight to the server, as a modified client would.
    const doc = new Y.Doc();
    const exchange = new Exchange(config);
    try {
      exchange.add(docName(config.notebookId, 'replies'), doc);
      await exchange.settled();
      let refused = nextRefusal(exchange);
      addReply(doc, { id: 'x1', sourceId, highlightId: 'no-such-highlight', text: 'Hm' }, 'rita', AT);
      await refused;
      const [first] = [...doc.getMap(REPLIES).keys()].filter((id) => id !== 'x1');
      refused = nextRefusal(exchange);
      writeRecords(
        doc,
        REPLIES,
        [{ id: first ?? '', sourceId, highlightId, text: 'Rewritten.' }],
        'rita',
        AT,
      );
      await refused;
    } finally {
      exchange.close();
    }
    await syncOnce(a);
    const replies = await withSession(a, async (s) => repliesOf(s.notebook, await configOf(a)));
    expect(replies.map((x) => x.text)).toEqual(['First.']);
  });

  it('a reviewer cannot reply to a highlight its notebook does not hold', async () => {
    const { r, config, sourceId } = await reviewed();
    await expect(
      withSession(r, (s) =>
        replyToHighlight(s.notebook, config, { sourceId, highlightId: 'nope', text: 'Hi' }),
      ),
    ).rejects.toThrow(/not in this notebook/);
  });
});
