import { join } from 'node:path';
import { BlobStore } from '../../store/blobStore';
import type { Role } from '../../../shared/sync/docNames';

/** What a token grants: one notebook, one role. */
export interface Grant {
  notebookId: string;
  role: Role;
}

/** The server's invitations (only hashes kept): a file for one server, PostgreSQL for several. */
export interface Tokens {
  /** The grant a token carries, or null for a wrong or revoked token. */
  check(token: string | null | undefined): Promise<Grant | null>;
  /** A new shared notebook with one editor and one reviewer token (returned once, never stored). */
  createNotebook(): Promise<{ notebookId: string; editor: string; reviewer: string }>;
  /** Revokes a token: it gets nothing from now on. */
  revoke(token: string): Promise<boolean>;
}

/** The server's content-addressed blobs per notebook (hash checked by the caller before put). */
export interface ServerBlobs {
  has(notebookId: string, sha: string): Promise<boolean>;
  /** The blob's length in bytes, or null when it is not stored (a batch response plans by it). */
  size(notebookId: string, sha: string): Promise<number | null>;
  get(notebookId: string, sha: string): Promise<Buffer>;
  put(notebookId: string, bytes: Uint8Array): Promise<void>;
}

/** Blobs in `DIR/blobs/<notebook>/` (one server). */
export function fileBlobs(dataDir: string): ServerBlobs {
  const storeOf = (notebookId: string) => new BlobStore(join(dataDir, 'blobs', notebookId));
  return {
    has: (nb, sha) => storeOf(nb).has(sha),
    size: (nb, sha) => storeOf(nb).size(sha),
    get: (nb, sha) => storeOf(nb).get(sha),
    put: async (nb, bytes) => {
      const store = storeOf(nb);
      await store.ensureDir();
      await store.put(bytes);
    },
  };
}
