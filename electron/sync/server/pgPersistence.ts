import type { afterUnloadDocumentPayload, Extension, onLoadDocumentPayload } from '@hocuspocus/server';
import type pg from 'pg';
import * as Y from 'yjs';
import { locked } from './pgStore';

/** Past this many updates appended by this server to one document, its rows are merged into one. */
const COMPACT_AFTER = 256;
/** The origin the Redis extension applies another server's updates with: that server stored them. */
const REDIS_ORIGIN = '__hocuspocus__redis__origin__';

/**
 * Hocuspocus persistence in PostgreSQL for several servers (docs/sync.md): each update a server
 * receives from its clients is inserted as its own row, in order, as it arrives; loading merges the
 * rows. Compaction replaces the rows it read by their merge in one locked transaction, so rows
 * another server adds meanwhile are kept.
 */
export class PgPersistence implements Extension {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly appended = new Map<string, number>();
  private failure: Error | null = null;

  constructor(private readonly pool: pg.Pool) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const { rows } = await this.pool.query<{ data: Buffer }>(
      'SELECT data FROM rn_doc_updates WHERE doc = $1 ORDER BY id',
      [documentName],
    );
    if (rows.length > 0) Y.applyUpdate(document, Y.mergeUpdates(rows.map((r) => r.data)), 'persisted');
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'persisted' || origin === REDIS_ORIGIN) return;
      this.enqueue(documentName, () => this.append(documentName, update));
    });
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    await this.chains.get(documentName);
    this.chains.delete(documentName);
    this.appended.delete(documentName);
  }

  /** Resolves once everything received is in the database (stop waits for it); throws a failed write. */
  async onDestroy(): Promise<void> {
    await Promise.all(this.chains.values());
    if (this.failure) throw this.failure;
  }

  private enqueue(doc: string, work: () => Promise<void>): void {
    const run = (this.chains.get(doc) ?? Promise.resolve()).then(work).catch((error: unknown) => {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
      console.error(`Could not store a change to ${doc}: ${this.failure.message}`);
    });
    this.chains.set(doc, run);
  }

  private async append(doc: string, update: Uint8Array): Promise<void> {
    await this.pool.query('INSERT INTO rn_doc_updates (doc, data) VALUES ($1, $2)', [
      doc,
      Buffer.from(update),
    ]);
    const count = (this.appended.get(doc) ?? 0) + 1;
    this.appended.set(doc, count);
    if (count >= COMPACT_AFTER) {
      this.appended.set(doc, 0);
      await this.compact(doc);
    }
  }

  private compact(doc: string): Promise<void> {
    return locked(this.pool, `doc:${doc}`, async (client) => {
      const { rows } = await client.query<{ id: string; data: Buffer }>(
        'SELECT id, data FROM rn_doc_updates WHERE doc = $1 ORDER BY id',
        [doc],
      );
      if (rows.length < 2) return;
      // Exactly the rows read: a row another server committed meanwhile (even with a lower id) stays.
      await client.query('DELETE FROM rn_doc_updates WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id)]);
      const merged = Y.mergeUpdates(rows.map((r) => r.data));
      await client.query('INSERT INTO rn_doc_updates (doc, data) VALUES ($1, $2)', [
        doc,
        Buffer.from(merged),
      ]);
    });
  }
}
