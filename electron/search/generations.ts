import { open } from 'node:fs/promises';
import { MemoryIndex } from '../../shared/search';
import { applyChange, ChangeLog } from './changeLog';
import type { SearchFolder } from './searchFolder';
import { decodeSegment, encodeSegment } from './segmentFile';
import { timeSlices } from './timeSlices';

/**
 * Loads a generation: its segment, then its change log replayed on top. Throws (SegmentError
 * or an I/O error) when the segment cannot be used; a torn log only sets `complete` false.
 */
export async function loadGeneration(
  folder: SearchFolder,
  generation: number,
): Promise<{ mem: MemoryIndex; log: ChangeLog; complete: boolean }> {
  const mem = new MemoryIndex(decodeSegment(await readWhole(folder.segmentPath(generation))));
  const { log, ops, complete } = await ChangeLog.open(folder.logPath(generation));
  for (const op of ops) applyChange(mem, op);
  return { mem, log, complete };
}

/**
 * Reads a file with one positional read per call rather than readFile's 512 KiB chunks, each
 * of which needs a turn of the event loop: the read then proceeds on the thread pool while
 * the main thread is busy (parsing the notebook, when both are opened together).
 */
async function readWhole(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(buffer, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === size ? buffer : buffer.subarray(0, at);
  } finally {
    await handle.close();
  }
}

/**
 * Writes what `mem` holds now as a new generation, in time slices so the event loop keeps
 * running, and returns an index over the new segment plus its (empty) change log. Changes
 * made to `mem` meanwhile are not in the result: the caller replays them.
 */
export async function writeGeneration(
  folder: SearchFolder,
  mem: MemoryIndex,
  generation: number,
): Promise<{ mem: MemoryIndex; log: ChangeLog }> {
  const pause = timeSlices();
  const segment = await mem.snapshot(pause);
  const bytes = await encodeSegment(segment, pause);
  await folder.writeGeneration(generation, bytes);
  const { log } = await ChangeLog.open(folder.logPath(generation));
  return { mem: new MemoryIndex(decodeSegment(bytes, segment)), log };
}
