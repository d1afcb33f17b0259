import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Exchange } from '../../../electron/sync/client/exchange';
import type { RunningServer } from '../../../electron/sync/server/startServer';
import { docName } from '../../../shared/sync/docNames';
import { readRecords, writeRecords } from '../../../shared/sync/recordDoc';
import { editorConfig, startServer, watchAwareness } from './syncHelpers';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const stop of cleanup.splice(0).reverse()) await stop();
});

describe('Exchange presence', () => {
  it('carries presence on its first document only, and every document still syncs', async () => {
    const server: RunningServer = await startServer();
    cleanup.push(() => server.stop());
    const config = await editorConfig(server, 'ann');
    const { notebookId } = config;
    const sent = watchAwareness();
    const names = [
      docName(notebookId, 'notebook'),
      ...['s1', 's2', 's3'].map((id) => docName(notebookId, 'highlights', id)),
    ];
    const one = new Exchange(config);
    cleanup.push(() => one.close());
    const written = names.map((name, i) => {
      const doc = new Y.Doc();
      writeRecords(
        doc,
        'claims',
        [{ id: `c${i}`, statement: `On ${name}` }],
        'ann',
        '2026-01-01T00:00:00.000Z',
      );
      one.add(name, doc);
      return doc;
    });
    await one.settled();
    const two = new Exchange(config);
    cleanup.push(() => two.close());
    const read = names.map((name) => {
      const doc = new Y.Doc();
      two.add(name, doc);
      return doc;
    });
    await two.settled();

    expect(read.map((doc) => [...readRecords(doc, 'claims').keys()])).toEqual(
      written.map((_, i) => [`c${i}`]),
    );
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent)).toEqual(new Set([names[0]]));
  });
});
