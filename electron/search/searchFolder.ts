import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurable } from '../store/durableWrite';
import { SEGMENT_FORMAT } from './segmentFile';
import { SHARD_FINGERPRINTS_FILE } from './shardFingerprints';

/** Which segment and change log are current; swapped in one durable write. */
export interface Manifest {
  format: number;
  generation: number;
}

/** Why the index is being rebuilt. */
export type RebuildReason = 'missing' | 'outdated' | 'damaged';

/** The index's files in `search/` beside the notebook: manifest, one segment, one change log. */
export class SearchFolder {
  constructor(readonly dir: string) {}

  segmentPath(generation: number): string {
    return join(this.dir, `segment-${generation}.bin`);
  }

  logPath(generation: number): string {
    return join(this.dir, `changes-${generation}.log`);
  }

  /** The current manifest, or why there is no usable one. */
  async readManifest(): Promise<Manifest | RebuildReason> {
    let text: string;
    try {
      text = await readFile(join(this.dir, 'manifest.json'), 'utf8');
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'damaged';
    }
    try {
      const manifest = JSON.parse(text) as Partial<Manifest>;
      if (manifest.format !== SEGMENT_FORMAT) return 'outdated';
      if (!Number.isInteger(manifest.generation)) return 'damaged';
      return { format: SEGMENT_FORMAT, generation: manifest.generation ?? 0 };
    } catch {
      return 'damaged';
    }
  }

  /** Writes a new generation's segment, then points the manifest at it. */
  async writeGeneration(generation: number, segment: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await rm(this.logPath(generation), { force: true });
    await writeFileDurable(this.segmentPath(generation), segment);
    const manifest: Manifest = { format: SEGMENT_FORMAT, generation };
    await writeFileDurable(join(this.dir, 'manifest.json'), JSON.stringify(manifest));
  }

  /** Deletes every file but the manifest, the shard fingerprints and the given generation's. */
  async removeAllBut(generation: number | null): Promise<void> {
    const keep = new Set(['manifest.json', SHARD_FINGERPRINTS_FILE]);
    if (generation !== null) {
      keep.add(`segment-${generation}.bin`).add(`changes-${generation}.log`);
    }
    let names: string[] = [];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    await Promise.all(names.filter((n) => !keep.has(n)).map((n) => rm(join(this.dir, n), { force: true })));
  }
}
