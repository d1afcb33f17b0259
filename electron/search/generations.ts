import { readFile } from 'node:fs/promises';
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
  const mem = new MemoryIndex(decodeSegment(await readFile(folder.segmentPath(generation))));
  const { log, ops, complete } = await ChangeLog.open(folder.logPath(generation));
  for (const op of ops) applyChange(mem, op);
  return { mem, log, complete };
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
