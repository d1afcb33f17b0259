import type { FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';
import { AppError } from '../../shared/errors';
import type { ManifestFile } from '../../shared/packet/manifest';
import { sha256Hex } from '../store/blobStore';

const encoder = new TextEncoder();
const deflateAsync = promisify(deflateRaw);
// Formats that are already compressed gain nothing from deflate.
const STORED = /\.(docx|pdf|zip|png|jpe?g|gif|webp)$/i;
// A fast level: packets are mostly text, and level 6 costs twice the time for 10% less size.
const LEVEL = 3;
// Large files deflate on the thread pool so the main process stays responsive.
const ASYNC_FROM = 1024 * 1024;
const FLUSH_AT = 1024 * 1024;
const MAX_32 = 0xffffffff;

interface Written {
  name: Buffer;
  crc: number;
  method: number;
  packed: number;
  size: number;
  offset: number;
}

/**
 * Writes packet files into a zip on disk, hashing each as it goes so the manifest can list them.
 * Deflate is zlib's (native); the central directory gets ZIP64 end records past 65,535 entries.
 */
export class PacketWriter {
  readonly files: ManifestFile[] = [];
  private readonly entries: Written[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private offset = 0;
  private readonly dosTime: number;
  private readonly dosDate: number;

  constructor(
    private readonly handle: FileHandle,
    mtime: Date,
  ) {
    this.dosTime = (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | Math.floor(mtime.getSeconds() / 2);
    this.dosDate =
      ((Math.max(1980, mtime.getFullYear()) - 1980) << 9) | ((mtime.getMonth() + 1) << 5) | mtime.getDate();
  }

  /** Bytes written to the file so far. */
  get bytesWritten(): number {
    return this.offset;
  }

  /** Adds one file; it is listed in the manifest unless `unlisted` (the manifest itself). */
  async add(path: string, data: string | Uint8Array, unlisted = false): Promise<void> {
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    if (!unlisted) this.files.push({ path, size: bytes.length, sha256: sha256Hex(bytes) });
    const store = STORED.test(path) || bytes.length === 0;
    const packed = store
      ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : bytes.length >= ASYNC_FROM
        ? await deflateAsync(bytes, { level: LEVEL })
        : deflateRawSync(bytes, { level: LEVEL });
    if (bytes.length >= MAX_32 || this.offset + packed.length >= MAX_32) {
      throw new AppError(
        'INVALID_INPUT',
        'The packet would be larger than 4 GB; export a selection instead.',
      );
    }
    const name = Buffer.from(path, 'utf8');
    const entry: Written = {
      name,
      crc: crc32(bytes) >>> 0,
      method: store ? 0 : 8,
      packed: packed.length,
      size: bytes.length,
      offset: this.offset,
    };
    this.entries.push(entry);
    await this.push(this.header(0x04034b50, entry), name, packed);
  }

  /** Writes the central directory and end records, then flushes everything to disk. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) await this.push(this.header(0x02014b50, e), e.name);
    const size = this.offset - start;
    const count = this.entries.length;
    if (count > 0xffff) {
      const record = Buffer.alloc(56);
      record.writeUInt32LE(0x06064b50, 0);
      record.writeBigUInt64LE(44n, 4);
      record.writeUInt16LE(45, 12);
      record.writeUInt16LE(45, 14);
      record.writeBigUInt64LE(BigInt(count), 24);
      record.writeBigUInt64LE(BigInt(count), 32);
      record.writeBigUInt64LE(BigInt(size), 40);
      record.writeBigUInt64LE(BigInt(start), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(start + size), 8);
      locator.writeUInt32LE(1, 16);
      await this.push(record, locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    await this.push(end);
    await this.flush();
  }

  /** A local (30-byte) or central (46-byte) header for an entry; names are flagged UTF-8. */
  private header(signature: number, e: Written): Buffer {
    const central = signature === 0x02014b50;
    const h = Buffer.alloc(central ? 46 : 30);
    let at = 0;
    h.writeUInt32LE(signature, at);
    at += 4;
    if (central) {
      h.writeUInt16LE(20, at);
      at += 2;
    }
    h.writeUInt16LE(20, at);
    h.writeUInt16LE(0x0800, at + 2);
    h.writeUInt16LE(e.method, at + 4);
    h.writeUInt16LE(this.dosTime, at + 6);
    h.writeUInt16LE(this.dosDate, at + 8);
    h.writeUInt32LE(e.crc, at + 10);
    h.writeUInt32LE(e.packed, at + 14);
    h.writeUInt32LE(e.size, at + 18);
    h.writeUInt16LE(e.name.length, at + 22);
    if (central) h.writeUInt32LE(e.offset, 42);
    return h;
  }

  private async push(...chunks: Buffer[]): Promise<void> {
    for (const chunk of chunks) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      this.offset += chunk.length;
    }
    if (this.pendingBytes >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunks = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (chunks.length > 0) await this.handle.write(Buffer.concat(chunks));
  }
}
