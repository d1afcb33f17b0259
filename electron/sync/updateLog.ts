import { mkdir, open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import * as Y from 'yjs';
import { writeFileDurable } from '../store/durableWrite';

/** Past this many appended updates the log is rewritten as one merged update. */
const COMPACT_AFTER = 256;
/** One update bigger than this is not ours to read (a damaged length field would otherwise allocate it). */
const MAX_UPDATE_BYTES = 256 * 1024 * 1024;
const HEADER = 8;

/** The updates a log file holds, and the length of its intact prefix (a torn last record is cut off). */
export function parseLog(bytes: Uint8Array): { updates: Uint8Array[]; intactLength: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const updates: Uint8Array[] = [];
  let at = 0;
  while (at + HEADER <= bytes.length) {
    const length = view.getUint32(at);
    const crc = view.getUint32(at + 4);
    if (length > MAX_UPDATE_BYTES || at + HEADER + length > bytes.length) break;
    const update = bytes.subarray(at + HEADER, at + HEADER + length);
    if (crc32(update) !== crc) break;
    updates.push(update);
    at += HEADER + length;
  }
  return { updates, intactLength: at };
}

function record(update: Uint8Array): Buffer {
  const out = Buffer.alloc(HEADER + update.length);
  out.writeUInt32BE(update.length, 0);
  out.writeUInt32BE(crc32(update), 4);
  out.set(update, HEADER);
  return out;
}

/**
 * The durable state of one Yjs document: an append-only file of length-prefixed, CRC-checked
 * updates, fsynced before an append resolves, compacted by an atomic rewrite (docs/sync.md).
 * Used by the server's store and by a shared notebook's `sync/docs/`.
 */
export class UpdateLog {
  private handle: FileHandle | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  /** The first write that failed; idle() throws it, so a caller never reports unsaved state as saved. */
  private failure: Error | null = null;
  /** Appended since the last fsync (group commit only). */
  private dirty = false;
  private constructor(
    readonly file: string,
    private appended: number,
    private readonly syncEach: boolean,
  ) {}

  /**
   * Opens (or starts) a log and returns it with the updates it holds; a torn tail is cut off.
   * `groupCommit`: appends are fsynced together by idle() instead of one by one, for a caller that
   * calls idle() before relying on them (a sync cycle, before it writes the notebook files).
   */
  static async open(
    file: string,
    options: { groupCommit?: boolean } = {},
  ): Promise<{ log: UpdateLog; updates: Uint8Array[] }> {
    await mkdir(dirname(file), { recursive: true });
    let bytes: Uint8Array = new Uint8Array();
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const { updates, intactLength } = parseLog(bytes);
    if (intactLength < bytes.length) await truncate(file, intactLength);
    return { log: new UpdateLog(file, updates.length, !options.groupCommit), updates };
  }

  /** Appends one update; resolves once it is on disk (with group commit: once idle() resolves). */
  append(update: Uint8Array): Promise<void> {
    return this.enqueue(async () => {
      this.handle ??= await open(this.file, 'a');
      await this.handle.write(record(update));
      if (this.syncEach) await this.handle.datasync();
      else this.dirty = true;
      this.appended++;
    });
  }

  /** True when the log should be rewritten as one update (see compact). */
  get wantsCompaction(): boolean {
    return this.appended > COMPACT_AFTER;
  }

  /** Replaces the log by one update holding `state` (the document's whole state), atomically. */
  compact(state: Uint8Array): Promise<void> {
    return this.enqueue(async () => {
      await this.handle?.close();
      this.handle = null;
      await writeFileDurable(this.file, record(state));
      this.appended = 1;
      this.dirty = false;
    });
  }

  /** Resolves once every append and compaction so far is on disk; rejects if any failed. */
  async idle(): Promise<void> {
    // Queued behind every append so far, so it syncs them all.
    if (!this.syncEach) void this.enqueue(() => this.flush());
    await this.chain;
    if (this.failure !== null) throw this.failure;
  }

  async close(): Promise<void> {
    await this.idle();
    await this.handle?.close();
    this.handle = null;
  }

  private async flush(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    await this.handle?.datasync();
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.chain.then(work);
    this.chain = run.catch((error: unknown) => {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
    });
    return run;
  }
}

/** Appends every later update of `doc` (local or remote) to `log`, compacting when it grows. */
export function persistUpdates(doc: Y.Doc, log: UpdateLog): void {
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'persisted') return;
    // Not awaited (Yjs events are synchronous); a failure is kept by the log and thrown by idle().
    void log.append(update).then(
      () => (log.wantsCompaction ? log.compact(Y.encodeStateAsUpdate(doc)) : undefined),
      () => undefined,
    );
  });
}

/** Loads a Y.Doc from its log and keeps every later update appended to it. */
export async function openPersistedDoc(
  file: string,
  doc = new Y.Doc(),
  options: { groupCommit?: boolean } = {},
): Promise<{ doc: Y.Doc; log: UpdateLog }> {
  const { log, updates } = await UpdateLog.open(file, options);
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates), 'persisted');
  persistUpdates(doc, log);
  return { doc, log };
}
