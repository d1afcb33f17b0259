import { open, readFile, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { FieldTokens, MemoryIndex, SearchDoc, SearchDocFilters } from '../../shared/search';

/** One change since the segment was written. Every op sets state, so replaying one twice is harmless. */
export type ChangeOp =
  | { op: 'add'; doc: SearchDoc }
  | { op: 'remove'; id: string }
  | { op: 'filters'; id: string; filters: SearchDocFilters };

/** Words of an op's texts tokenized in a worker: the new document's fields, the old one's distinct words. */
export interface OpTokens {
  fields?: FieldTokens[];
  old?: string[];
}

/** Applies one op to an in-memory index. */
export function applyChange(mem: MemoryIndex, op: ChangeOp, tokens?: OpTokens): void {
  if (op.op === 'add') mem.add(op.doc, tokens);
  else if (op.op === 'remove') mem.remove(op.id, tokens?.old);
  else mem.setFilters(op.id, op.filters);
}

const RECORD_HEAD = 8; // payload length, crc32 of the payload

/** Frames one op: length, checksum, JSON. */
export function encodeChange(op: ChangeOp): Buffer {
  const payload = Buffer.from(JSON.stringify(op));
  const record = Buffer.allocUnsafe(RECORD_HEAD + payload.length);
  record.writeUInt32LE(payload.length, 0);
  record.writeUInt32LE(crc32(payload) >>> 0, 4);
  payload.copy(record, RECORD_HEAD);
  return record;
}

/**
 * The ops of a log up to its first damaged or torn record (a crash mid-append), and how many
 * bytes were good; `complete` is false when something after them was dropped.
 */
export function decodeChanges(bytes: Buffer): { ops: ChangeOp[]; goodBytes: number; complete: boolean } {
  const ops: ChangeOp[] = [];
  let at = 0;
  while (at + RECORD_HEAD <= bytes.length) {
    const length = bytes.readUInt32LE(at);
    const end = at + RECORD_HEAD + length;
    if (end > bytes.length) break;
    const payload = bytes.subarray(at + RECORD_HEAD, end);
    if (crc32(payload) >>> 0 !== bytes.readUInt32LE(at + 4)) break;
    try {
      ops.push(JSON.parse(payload.toString('utf8')) as ChangeOp);
    } catch {
      break;
    }
    at = end;
  }
  return { ops, goodBytes: at, complete: at === bytes.length };
}

/** The append-only change file beside a segment; appends are small, never a rewrite. */
export class ChangeLog {
  private constructor(
    private readonly handle: FileHandle,
    public count: number,
    public bytes: number,
  ) {}

  /** Opens (creating) the log and returns the ops already in it; a torn tail is cut off. */
  static async open(path: string): Promise<{ log: ChangeLog; ops: ChangeOp[]; complete: boolean }> {
    let existing: Buffer = Buffer.alloc(0);
    try {
      existing = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const { ops, goodBytes, complete } = decodeChanges(existing);
    const handle = await open(path, 'a+');
    if (!complete) await handle.truncate(goodBytes);
    return { log: new ChangeLog(handle, ops.length, goodBytes), ops, complete };
  }

  /** Appends one op. No fsync: the index is a cache, and a lost tail is caught up on open. */
  async append(op: ChangeOp): Promise<void> {
    const record = encodeChange(op);
    await this.handle.write(record);
    this.count++;
    this.bytes += record.length;
  }

  /** Makes every append so far durable (before something outside the index vouches for it). */
  async sync(): Promise<void> {
    await this.handle.sync();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
