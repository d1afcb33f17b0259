import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { NotebookSession } from '../../electron/session/notebookSession';
import { Exchange } from '../../electron/sync/client/exchange';
import { joinNotebook, shareNotebook } from '../../electron/sync/client/shareJoin';
import { readSyncConfig, type SyncConfig } from '../../electron/sync/client/syncState';
import { docName } from '../../shared/sync/docNames';
import { knownIds, whenRecord, writeRecords } from '../../shared/sync/recordDoc';
import { buildNotebook } from './foundationSuite';
import { plantHighlights } from './highlightSuite';
import { percentile, round, timeMs, type Figure } from './measure';
import { startServerProcess, type ServerProcess } from './syncServerProcess';

// Smaller sizes (RN_BENCH_SYNC_SOURCES=100) for finding where the time goes; the budgets are at 1,000.
const SOURCES = Number(process.env.RN_BENCH_SYNC_SOURCES ?? 1000);
const HIGHLIGHTS = SOURCES * 5;
/** Phase times on stderr, so a slow run shows where it is. */
const phase = (name: string) => console.error(`[sync bench] ${new Date().toISOString()} ${name}`);
const EDITS = 40;
const CLIENTS = Number(process.env.RN_BENCH_SYNC_CLIENTS ?? 50);

/** A client holding the notebook document, and optionally every source's highlights document. */
async function connect(config: SyncConfig, withHighlights: boolean) {
  const exchange = new Exchange(config);
  const notebook = new Y.Doc();
  exchange.add(docName(config.notebookId, 'notebook'), notebook);
  exchange.add(docName(config.notebookId, 'replies'), new Y.Doc());
  await exchange.settled();
  if (withHighlights)
    for (const id of knownIds(notebook, 'sources'))
      exchange.add(docName(config.notebookId, 'highlights', id), new Y.Doc());
  await exchange.settled();
  return { exchange, notebook };
}

/** An edit on one client until it is in the other's document, through the server (live path). */
async function propagation(config: SyncConfig): Promise<number[]> {
  const [one, two] = [await connect(config, false), await connect(config, false)];
  const times: number[] = [];
  try {
    for (let i = 0; i < EDITS; i++) {
      const [from, to] = i % 2 ? [one, two] : [two, one];
      const id = `bench-claim-${i}`;
      const start = performance.now();
      const arrived = whenRecord(to.notebook, 'claims', id);
      writeRecords(
        from.notebook,
        'claims',
        [{ id, statement: `Edit ${i}` }],
        'bench',
        new Date().toISOString(),
      );
      await arrived;
      times.push(performance.now() - start);
    }
  } finally {
    one.exchange.close();
    two.exchange.close();
  }
  return times;
}

/** Server memory with CLIENTS members each holding every document of the notebook. */
async function rssWithClients(server: ServerProcess, config: SyncConfig): Promise<number> {
  const clients: Exchange[] = [];
  let peak = 0;
  try {
    for (let i = 0; i < CLIENTS; i++) {
      clients.push((await connect(config, true)).exchange);
      if (i % 10 === 9) {
        peak = Math.max(peak, await server.rssMb());
        phase(`${i + 1} clients, server ${round(peak)} MB`);
      }
    }
    await Promise.all(clients.map((c) => c.settled()));
    return Math.max(peak, await server.rssMb());
  } finally {
    for (const c of clients) c.close();
  }
}

/**
 * sync_join_s, sync_propagation_p95_ms and server_rss_mb (issue 16): a server in its own process,
 * a 1,000-source notebook with texts and 5,000 highlights shared from one folder, joined into another.
 */
export async function syncSuite(workDir: string): Promise<Figure[]> {
  const a = join(workDir, 'sync-a');
  phase('build');
  await buildNotebook(a, SOURCES);
  const session = await NotebookSession.open({ notebookDir: a, userDataDir: null });
  await plantHighlights(session, HIGHLIGHTS);
  await session.close();
  phase('server');
  const server = await startServerProcess(join(workDir, 'sync-server'));
  try {
    let invitations = { editor: '', reviewer: '' };
    phase('share');
    const shareMs = await timeMs(async () => {
      invitations = await shareNotebook(a, server.url, 'ann');
    });
    phase('join');
    const joinMs = await timeMs(() => joinNotebook(join(workDir, 'sync-b'), invitations.editor, 'bob'));
    const config = await readSyncConfig(a);
    if (!config) throw new Error('share left no sync config');
    phase('propagation');
    const times = await propagation(config);
    phase('rss');
    const rss = await rssWithClients(server, config);
    phase('done');
    return [
      { key: 'sync_share_s', value: round(shareMs / 1000), unit: 's', budget: '(info)' },
      { key: 'sync_join_s', value: round(joinMs / 1000), unit: 's', budget: '<= 10' },
      { key: 'sync_propagation_p95_ms', value: round(percentile(times, 95)), unit: 'ms', budget: '<= 500' },
      { key: 'server_rss_mb', value: round(rss), unit: 'MB', budget: `<= 500 (${CLIENTS} clients)` },
    ];
  } finally {
    await server.stop();
  }
}
