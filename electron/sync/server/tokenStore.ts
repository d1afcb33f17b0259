import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { roles, type Role } from '../../../shared/sync/docNames';
import { writeFileDurable } from '../../store/durableWrite';
import type { Grant, Tokens } from './serverStores';

const entrySchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  notebookId: z.string(),
  role: z.enum(roles as [Role, ...Role[]]),
  createdAt: z.string(),
  revoked: z.boolean().default(false),
});
const fileSchema = z.object({ version: z.literal(1), tokens: z.array(entrySchema) });
type TokenFile = z.infer<typeof fileSchema>;

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The server's invitations: only each token's SHA-256 is kept (`tokens.json`, written durably), with
 * its notebook and role. Edits by an operator (say `revoked: true`) are seen at the next request.
 */
export class TokenStore implements Tokens {
  private file: TokenFile = { version: 1, tokens: [] };
  private readMtime = -1;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly path: string) {}

  /** The grant a token carries, or null for a wrong or revoked token. */
  async check(token: string | null | undefined): Promise<Grant | null> {
    if (!token || token.length > 200) return null;
    await this.refresh();
    const wanted = Buffer.from(hashOf(token), 'hex');
    const entry = this.file.tokens.find((t) => timingSafeEqual(Buffer.from(t.sha256, 'hex'), wanted));
    return entry && !entry.revoked ? { notebookId: entry.notebookId, role: entry.role } : null;
  }

  /** A new shared notebook with one editor and one reviewer token (returned once, never stored). */
  createNotebook(): Promise<{ notebookId: string; editor: string; reviewer: string }> {
    return this.change(() => {
      const notebookId = newSecret(16);
      const editor = newSecret();
      const reviewer = newSecret();
      const createdAt = new Date().toISOString();
      for (const [token, role] of [
        [editor, 'editor'],
        [reviewer, 'reviewer'],
      ] as const)
        this.file.tokens.push({ sha256: hashOf(token), notebookId, role, createdAt, revoked: false });
      return Promise.resolve({ notebookId, editor, reviewer });
    });
  }

  /** Revokes a token: it gets nothing from now on. */
  revoke(token: string): Promise<boolean> {
    return this.change(() => {
      const entry = this.file.tokens.find((t) => t.sha256 === hashOf(token));
      if (entry) entry.revoked = true;
      return Promise.resolve(entry !== undefined);
    });
  }

  private change<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(async () => {
      await this.refresh();
      const result = await work();
      await writeFileDurable(this.path, JSON.stringify(this.file, null, 2));
      this.readMtime = (await stat(this.path)).mtimeMs;
      return result;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async refresh(): Promise<void> {
    let mtime: number;
    try {
      mtime = (await stat(this.path)).mtimeMs;
    } catch {
      return; // no file yet: no tokens
    }
    if (mtime === this.readMtime) return;
    // A damaged file grants nothing rather than everything; the error names the file.
    this.file = fileSchema.parse(JSON.parse(await readFile(this.path, 'utf8')));
    this.readMtime = mtime;
  }
}
