// `npm run soak:sync`: 20 simulated clients make 10,000 edits in total on one shared document through a
// real sync server, with random disconnects (edits made while disconnected are kept and merge on
// reconnect). At the end every client and the server must hold identical state with 0 edits lost.
// A script, not a test: it prints figures and exits 1 on any loss or difference.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { Exchange } from '../../electron/sync/client/exchange';
import type { SyncConfig } from '../../electron/sync/client/syncState';
import { startSyncServer } from '../../electron/sync/server/startServer';
import { openPersistedDoc } from '../../electron/sync/updateLog';
import { docName } from '../../shared/sync/docNames';

interface Client {
  doc: Y.Doc;
  exchange: Exchange | null;
  made: number;
}

/** Seeded so a run can be repeated (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function edits(doc: Y.Doc): Y.Map<number> {
  return doc.getMap<number>('edits');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '20' },
      edits: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
    },
  });
  const clientCount = Number(values.clients);
  const total = Number(values.edits);
  const next = random(Number(values.seed));
  const dataDir = await mkdtemp(join(tmpdir(), 'rn-soak-sync-'));
  const server = await startSyncServer({ dataDir, port: 0 });
  const started = Date.now();
  let disconnects = 0;
  try {
    const { notebookId, editor } = await server.tokens.createNotebook();
    const name = docName(notebookId, 'notebook');
    const config: SyncConfig = {
      version: 1,
      server: server.url,
      notebookId,
      token: editor,
      role: 'editor',
      member: 'soak',
    };
    const connect = (client: Client) => {
      client.exchange = new Exchange(config);
      client.exchange.add(name, client.doc);
    };
    const clients: Client[] = Array.from({ length: clientCount }, () => ({
      doc: new Y.Doc(),
      exchange: null,
      made: 0,
    }));
    clients.forEach(connect);
    for (let i = 0; i < total; i++) {
      const index = Math.floor(next() * clientCount);
      const client = clients[index] as Client;
      // Each edit is a new key, so a lost edit is a missing key: counting them is exact.
      edits(client.doc).set(`${index}:${client.made++}`, i);
      if (next() < 0.004) {
        disconnects++;
        if (client.exchange) {
          client.exchange.close();
          client.exchange = null;
        } else connect(client);
      }
      if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    for (const client of clients) if (!client.exchange) connect(client);
    await Promise.all(clients.map((c) => c.exchange?.settled() ?? Promise.resolve()));
    // A second round: changes relayed by the server after a client settled have arrived by now.
    await Promise.all(clients.map((c) => c.exchange?.settled() ?? Promise.resolve()));
    const observer: Client = { doc: new Y.Doc(), exchange: null, made: 0 };
    connect(observer);
    await observer.exchange?.settled();
    const expected = total;
    const counts = clients.map((c) => edits(c.doc).size);
    const vectors = new Set(clients.map((c) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64')));
    const serverCount = edits(observer.doc).size;
    for (const c of [...clients, observer]) c.exchange?.close();
    await server.stop();
    // And what the server wrote to disk, read back as a restart would.
    const file = join(dataDir, 'docs', `${name.replace(/\//g, '~')}.yupdates`);
    const persisted = await openPersistedDoc(file);
    const diskCount = edits(persisted.doc).size;
    await persisted.log.close();
    const lost = expected - Math.min(...counts, serverCount, diskCount);
    const identical =
      vectors.size === 1 && counts.every((n) => n === serverCount) && diskCount === serverCount;
    const summary = {
      clients: clientCount,
      edits: total,
      disconnects,
      lost,
      identical,
      serverCount,
      diskCount,
      seconds: (Date.now() - started) / 1000,
    };
    console.log(
      `Sync soak: ${clientCount} clients, ${total} edits, ${disconnects} disconnects, ${lost} lost, state ${identical ? 'identical' : 'DIFFERENT'} everywhere`,
    );
    console.log(JSON.stringify(summary));
    return lost === 0 && identical ? 0 : 1;
  } finally {
    // Retried: a compaction the server queued just before it stopped may still be renaming its file.
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
