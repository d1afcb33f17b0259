/** Pauses longer than this are not editing time (the reporter went away). */
export const IDLE_GAP_MS = 2 * 60 * 1000;
/** A revision is kept after this much editing. */
export const SNAPSHOT_EVERY_MS = 10 * 60 * 1000;

/**
 * Counts time spent editing (gaps between edits, each capped at the idle gap) and says when
 * another ten minutes of it have passed, so a note left open overnight is not snapshotted for nothing.
 */
export class EditingClock {
  private lastEdit: number | null = null;
  private editingMs = 0;

  constructor(
    private readonly every = SNAPSHOT_EVERY_MS,
    private readonly idleGap = IDLE_GAP_MS,
  ) {}

  /** Records an edit at `now`; true when a snapshot is due (the count then starts again). */
  edit(now: number): boolean {
    if (this.lastEdit !== null) this.editingMs += Math.min(Math.max(0, now - this.lastEdit), this.idleGap);
    this.lastEdit = now;
    if (this.editingMs < this.every) return false;
    this.editingMs = 0;
    return true;
  }
}
