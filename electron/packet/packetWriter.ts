import type { FileHandle } from 'node:fs/promises';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ManifestFile } from '../../shared/packet/manifest';
import { sha256Hex } from '../store/blobStore';

const encoder = new TextEncoder();
// Formats that are already compressed gain nothing from deflate.
const STORED = /\.(docx|pdf|zip|png|jpe?g|gif|webp)$/i;

/**
 * Streams packet files into a zip on disk, hashing each as it goes so the manifest can list them.
 * The zip library calls back synchronously; chunks are written out after every file.
 */
export class PacketWriter {
  readonly files: ManifestFile[] = [];
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip: Zip;
  private written = 0;

  constructor(
    private readonly handle: FileHandle,
    private readonly mtime: Date,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.pending.push(chunk);
    });
  }

  /** Bytes written to the file so far. */
  get bytesWritten(): number {
    return this.written;
  }

  /** Adds one file; it is listed in the manifest unless `unlisted` (the manifest itself). */
  async add(path: string, data: string | Uint8Array, unlisted = false): Promise<void> {
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    if (!unlisted) this.files.push({ path, size: bytes.length, sha256: sha256Hex(bytes) });
    const entry = STORED.test(path) ? new ZipPassThrough(path) : new ZipDeflate(path, { level: 6 });
    entry.mtime = this.mtime;
    this.zip.add(entry);
    entry.push(bytes, true);
    await this.flush();
  }

  /** Closes the zip (writing its directory) and flushes the rest to disk. */
  async finish(): Promise<void> {
    this.zip.end();
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    const chunks = this.pending;
    this.pending = [];
    for (const chunk of chunks) {
      await this.handle.write(chunk);
      this.written += chunk.length;
    }
  }
}
