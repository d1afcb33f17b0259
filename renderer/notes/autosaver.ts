import type { DocNode } from '../../shared/model/note';

export type NoteDoc = DocNode & { type: 'doc' };

export type SaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'error'; message: string; retryInMs: number };

export interface AutosaverOptions {
  /** Saves durably; rejects with a plain-words error. */
  save: (doc: NoteDoc, allowEmpty: boolean) => Promise<void>;
  onState: (state: SaveState) => void;
  /** Called after each successful save. */
  onSaved?: () => void;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Wait before retry number `failures` (1, 2, …). */
  retryDelayMs?: (failures: number) => number;
}

/** The document as it is now, and whether an empty one may replace a full one (the reporter cleared it). */
export type ReadDoc = () => { doc: NoteDoc; allowEmpty: boolean };

/** Doubling from one second, capped at half a minute. */
export const defaultRetryDelay = (failures: number): number => Math.min(30_000, 1000 * 2 ** (failures - 1));

const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'The note could not be saved.';

/**
 * Saves a note a moment after typing stops, one save at a time, always the newest text, and keeps
 * retrying after a failure until a save succeeds. The document is read only when it is sent.
 */
export class Autosaver {
  private change: ReadDoc | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private failures = 0;
  private state: SaveState = { status: 'idle' };
  private disposed = false;

  constructor(private readonly options: AutosaverOptions) {}

  /** Records that the document changed; `read` is called when the save actually goes out. */
  changed(read: ReadDoc): void {
    if (this.disposed) return;
    this.change = read;
    // A failure stays on screen until a save succeeds.
    // Only a change of state is news: re-announcing 'pending' on every keystroke re-rendered the page.
    if (this.state.status === 'idle' || this.state.status === 'saved') this.emit({ status: 'pending' });
    this.schedule(this.options.delayMs ?? 700);
  }

  /** True while a change has not reached the disk. */
  get unsaved(): boolean {
    return this.change !== null || this.running !== null;
  }

  /** Saves now whatever is waiting; resolves when done (or when the attempt failed). */
  flush(): Promise<void> {
    this.clearTimer();
    return this.pump();
  }

  /** Stops timers; a final flush() should come first. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private emit(state: SaveState): void {
    this.state = state;
    if (!this.disposed) this.options.onState(state);
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.pump();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private pump(): Promise<void> {
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    if (!this.change) return;
    while (this.change) {
      const change = this.change;
      this.change = null;
      this.emit({ status: 'saving' });
      try {
        const { doc, allowEmpty } = change();
        await this.options.save(doc, allowEmpty);
        this.failures = 0;
        this.options.onSaved?.();
      } catch (error) {
        this.change ??= change;
        this.failures += 1;
        const wait = (this.options.retryDelayMs ?? defaultRetryDelay)(this.failures);
        this.emit({ status: 'error', message: messageOf(error), retryInMs: wait });
        if (!this.disposed) this.schedule(wait);
        return;
      }
    }
    this.emit({ status: 'saved' });
  }
}
