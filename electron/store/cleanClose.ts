import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { sha256Schema } from '../../shared/model';
import { sha256Hex } from './blobStore';
import { writeFileDurable } from './durableWrite';

/** Written as the last step of a clean close, beside notebook.json. */
export const CLEAN_CLOSE_FILE = 'clean-close.json';

/**
 * SHA-256 of the JSON Schema of `notebookFileSchema` (zod's `toJSONSchema`): a marker written by an
 * app whose model differs (a field added with a default, a rule tightened) must not let this app
 * skip validation. `cleanClose.test.ts` recomputes it and fails, printing the new value, whenever
 * the schema changes; computing it at run time costs ~100 ms, which is what the marker saves.
 */
export const NOTEBOOK_SCHEMA_DIGEST = 'c9b06b0b64d55caa6e44c269f42fd4f6b509c4050f0c022d23cf66bbb464a211';

/**
 * The same for `highlightSchema`, under which ShardDigests vouches for highlight shard files (pinned
 * by the same test): a shard written under another model is validated in full.
 */
export const HIGHLIGHT_SCHEMA_DIGEST = '102732d415d7c65b4bed1fe03f186c2539f7a7361e1e2894ac44c5dbfeadc091';

/** The same for `sourceSchema`, under which source shard files are vouched for (format 2, SourceShards). */
export const SOURCE_SCHEMA_DIGEST = '8d3c86c3daf286275d9a2298dde8a67bc1b795595e18822747c30f2987e60b3b';

const markerSchema = z.object({
  version: z.literal(1),
  /** The notebook model the digest was vouched for under (NOTEBOOK_SCHEMA_DIGEST). */
  schema: sha256Schema,
  /** SHA-256 of notebook.json as this app last wrote it (or read and validated it). */
  notebookSha256: sha256Schema,
});

/**
 * The clean-close marker: which bytes of notebook.json this app wrote from validated data. When
 * the file still has exactly those bytes, opening may skip the zod validation of every record
 * (parse and migrate still run). It vouches for nothing else, so it needs no removal on open:
 * any change to the file (a later save, a crash mid-session, damage, an edit by hand) changes
 * the digest, and the file is validated in full as before.
 */
export class CleanClose {
  constructor(private readonly dir: string) {}

  private get path(): string {
    return join(this.dir, CLEAN_CLOSE_FILE);
  }

  /** The digest vouched for by the last clean close under this app's model; null if none or unusable. */
  async read(): Promise<string | null> {
    try {
      const parsed = markerSchema.safeParse(JSON.parse(await readFile(this.path, 'utf8')));
      if (!parsed.success || parsed.data.schema !== NOTEBOOK_SCHEMA_DIGEST) return null;
      return parsed.data.notebookSha256;
    } catch {
      return null;
    }
  }

  /** Written durably and atomically, so a torn marker cannot exist (and would not match if it did). */
  async write(notebookSha256: string): Promise<void> {
    const body = { version: 1, schema: NOTEBOOK_SCHEMA_DIGEST, notebookSha256 };
    await writeFileDurable(this.path, JSON.stringify(body));
  }
}

/**
 * What the store knows of notebook.json's bytes: the digest of the content it last saved (or
 * opened and validated) at a revision, which counts changes in this session. Once every save is
 * done, a caller can tell what is on disk and whether anything changed after it looked.
 */
export class SavedDigest {
  private revision = 0;
  private known: { revision: number; sha256: string } | null = null;
  /** True while the marker on disk already vouches for `known`. */
  private vouched = false;
  private openedSha256: string | null = null;

  constructor(
    private readonly marker: CleanClose,
    /** notebook.json's content as the store would write it now. */
    private readonly serialise: () => string,
    /** Resolves once every save requested so far is done. */
    private readonly saved: () => Promise<void>,
  ) {}

  /** The file as opened (used as it is): its digest, and whether the marker vouched for it. */
  opened(sha256: string, vouched: boolean): void {
    this.known = { revision: this.revision, sha256 };
    this.vouched = vouched;
    this.openedSha256 = sha256;
  }

  /** The digest of notebook.json as opened, while nothing has changed it; null otherwise. */
  unchangedSinceOpen(): string | null {
    return this.revision === 0 ? this.openedSha256 : null;
  }

  /** Called for every change to the content (before its save is requested). */
  changed(): void {
    this.revision++;
  }

  get currentRevision(): number {
    return this.revision;
  }

  /**
   * The digest of the content last saved, and its revision. A save that failed leaves other
   * bytes on disk: whoever compares this digest with the file finds out.
   */
  async current(): Promise<{ revision: number; sha256: string }> {
    await this.saved();
    if (this.known?.revision !== this.revision) {
      // No change since the last save (same revision), so the same serialisation it wrote.
      this.known = { revision: this.revision, sha256: sha256Hex(this.serialise()) };
      this.vouched = false;
    }
    return this.known;
  }

  /** The last step of a clean close: vouches for the bytes saved (once; skipped when already so). */
  async markCleanClose(): Promise<void> {
    const { sha256 } = await this.current();
    if (this.vouched) return;
    await this.marker.write(sha256);
    this.vouched = true;
  }
}
