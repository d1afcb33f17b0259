import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Role } from '../../../shared/sync/docNames';
import { sha256Hex } from '../../store/blobStore';
import type { Grant, ServerBlobs, Tokens } from './serverStores';
import { hashOf, newSecret } from './tokenStore';

/**
 * One schema for every server sharing a database (docs/sync.md, "Several servers"): Yjs updates are
 * appended, never overwritten, so two servers writing one document at once both keep their updates.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS rn_doc_updates (
  id BIGSERIAL PRIMARY KEY, doc TEXT NOT NULL, data BYTEA NOT NULL);
CREATE INDEX IF NOT EXISTS rn_doc_updates_doc ON rn_doc_updates (doc, id);
CREATE TABLE IF NOT EXISTS rn_tokens (
  sha256 TEXT PRIMARY KEY, notebook_id TEXT NOT NULL, role TEXT NOT NULL,
  created_at TEXT NOT NULL, revoked BOOLEAN NOT NULL DEFAULT false);
CREATE TABLE IF NOT EXISTS rn_blobs (
  notebook_id TEXT NOT NULL, sha256 TEXT NOT NULL, data BYTEA NOT NULL,
  PRIMARY KEY (notebook_id, sha256));`;

/** A 64-bit advisory lock key for a name (documents, the schema). */
export function lockKey(name: string): string {
  return createHash('sha256').update(name).digest().readBigInt64BE(0).toString();
}

/** Runs `work` in one transaction holding the advisory lock of `name`. */
export async function locked<T>(
  pool: pg.Pool,
  name: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey(name)]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Connects and makes sure the tables exist (servers starting together take turns). */
export async function openPool(url: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  pool.on('error', () => undefined); // an idle client's lost connection; the next query reconnects
  try {
    await locked(pool, 'rn-schema', (client) => client.query(SCHEMA));
  } catch (error) {
    await pool.end();
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL could not be used (${why}).`);
  }
  return pool;
}

/** Invitations in PostgreSQL, hashed as in tokens.json, so every server sees the same ones. */
export function pgTokens(pool: pg.Pool): Tokens {
  return {
    async check(token) {
      if (!token || token.length > 200) return null;
      const { rows } = await pool.query<{ notebook_id: string; role: Role; revoked: boolean }>(
        'SELECT notebook_id, role, revoked FROM rn_tokens WHERE sha256 = $1',
        [hashOf(token)],
      );
      const row = rows[0];
      return row && !row.revoked ? ({ notebookId: row.notebook_id, role: row.role } satisfies Grant) : null;
    },
    async createNotebook() {
      const [notebookId, editor, reviewer] = [newSecret(16), newSecret(), newSecret()];
      const at = new Date().toISOString();
      await pool.query(
        'INSERT INTO rn_tokens (sha256, notebook_id, role, created_at) VALUES ($1, $3, $4, $6), ($2, $3, $5, $6)',
        [hashOf(editor), hashOf(reviewer), notebookId, 'editor', 'reviewer', at],
      );
      return { notebookId, editor, reviewer };
    },
    async revoke(token) {
      const result = await pool.query('UPDATE rn_tokens SET revoked = true WHERE sha256 = $1', [
        hashOf(token),
      ]);
      return (result.rowCount ?? 0) > 0;
    },
  };
}

/** Blobs in PostgreSQL, checked against their hash when read back (the database is not trusted more). */
export function pgBlobs(pool: pg.Pool): ServerBlobs {
  return {
    async has(nb, sha) {
      const { rowCount } = await pool.query('SELECT 1 FROM rn_blobs WHERE notebook_id = $1 AND sha256 = $2', [
        nb,
        sha,
      ]);
      return (rowCount ?? 0) > 0;
    },
    async size(nb, sha) {
      const { rows } = await pool.query<{ size: number }>(
        'SELECT octet_length(data) AS size FROM rn_blobs WHERE notebook_id = $1 AND sha256 = $2',
        [nb, sha],
      );
      return rows[0]?.size ?? null;
    },
    async get(nb, sha) {
      const { rows } = await pool.query<{ data: Buffer }>(
        'SELECT data FROM rn_blobs WHERE notebook_id = $1 AND sha256 = $2',
        [nb, sha],
      );
      const data = rows[0]?.data;
      if (!data || sha256Hex(data) !== sha) throw new Error('A stored file is missing or damaged.');
      return data;
    },
    async put(nb, bytes) {
      await pool.query(
        'INSERT INTO rn_blobs (notebook_id, sha256, data) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [nb, sha256Hex(bytes), Buffer.from(bytes)],
      );
    },
  };
}
