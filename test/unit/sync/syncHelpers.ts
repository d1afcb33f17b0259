import { join } from 'node:path';
import type { Exchange } from '../../../electron/sync/client/exchange';
import { NotebookSession } from '../../../electron/session/notebookSession';
import { startSyncServer, type RunningServer } from '../../../electron/sync/server/startServer';
import type { DocNode } from '../../../shared/model';
import { readRecords, whenRecord, writeRecords, type Keyed } from '../../../shared/sync/recordDoc';
import type * as Y from 'yjs';
import { tempDir } from '../helpers/tempDir';

/** Runs `work` on an open session of the notebook and closes it (sync needs the notebook's lock). */
export async function withSession<T>(dir: string, work: (s: NotebookSession) => Promise<T>): Promise<T> {
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

export async function startServer(
  dataDir?: string,
  port = 0,
  redisUrl?: string,
  postgresUrl?: string,
): Promise<RunningServer> {
  const dir = dataDir ?? join(await tempDir('rn-srv-'), 'data');
  return startSyncServer({ dataDir: dir, port, redisUrl, postgresUrl });
}

export const paragraphs = (...texts: string[]): DocNode & { type: 'doc' } => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** All the text of a note, for checking what survived a merge. */
export function noteText(doc: DocNode): string {
  const parts: string[] = [];
  const stack: DocNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop() as DocNode;
    if (typeof node.text === 'string') parts.push(node.text);
    for (const child of [...(node.content ?? [])].reverse()) stack.push(child);
  }
  return parts.join(' ');
}

export const ARTICLE =
  'Port contract under review\n\nThe harbour authority signed a 40-year lease with the operator in March.\n\nCouncil members said they were not consulted.';

/** Imports ARTICLE into the session's notebook and highlights "40-year lease" in it. */
export async function articleWithHighlight(s: NotebookSession) {
  const { sourceId } = await s.importText(ARTICLE);
  const { text } = await s.handlers.getSource({ id: sourceId });
  const start = text.indexOf('40-year lease');
  const highlight = await s.handlers.createHighlight({
    sourceId,
    start,
    end: start + '40-year lease'.length,
    color: 1,
    comment: '',
    tags: [],
    entityIds: [],
  });
  return { sourceId, highlight };
}

/** Resolves once the server has refused one more of this exchange's changes (waits on its notices). */
export function nextRefusal(exchange: Exchange): Promise<void> {
  const seen = exchange.refusedByServer;
  return new Promise((resolve) => {
    const stop = exchange.onChange(() => {
      if (exchange.refusedByServer === seen) return;
      stop();
      resolve();
    });
  });
}

/**
 * Ann adds a claim on one side, Bob adds another on the other once Ann's has arrived: each side
 * must receive the other's record (the two-server tests, through Redis and through PostgreSQL).
 */
export async function claimsBothWays(docA: Y.Doc, docB: Y.Doc): Promise<void> {
  writeRecords(docA, 'claims', [{ id: 'c-one', statement: 'From one' }], 'ann', '2026-01-01T00:00:00.000Z');
  await whenRecord(docB, 'claims', 'c-one');
  const onB = [...readRecords(docB, 'claims').values()] as Keyed[];
  writeRecords(
    docB,
    'claims',
    [...onB, { id: 'c-two', statement: 'From two' }],
    'bob',
    '2026-01-01T00:00:01.000Z',
  );
  await whenRecord(docA, 'claims', 'c-two');
}
