/** Called once for each background write that failed: `what` says, in a reporter's words, what was being done. */
export type ReportProblem = (what: string, error: unknown) => void;

/**
 * Every write that runs after its caller has been answered (a deferred cache save, a backup, a
 * packet job) belongs to one of these: it is tracked until it settles, `idle()` (on close) waits
 * for it, and a failure goes to `report` instead of vanishing. Nothing is fired and forgotten.
 */
export class BackgroundWrites {
  private readonly running = new Set<Promise<void>>();
  private readonly timers = new Map<string, { timer: ReturnType<typeof setTimeout>; start: () => void }>();

  constructor(private readonly report: ReportProblem) {}

  /** Starts `work` now. The returned promise settles with it and never rejects (failures are reported). */
  run(what: string, work: () => Promise<unknown>): Promise<void> {
    const done: Promise<void> = Promise.resolve()
      .then(work)
      .then(
        () => undefined,
        (error: unknown) => {
          this.report(what, error);
        },
      )
      .finally(() => this.running.delete(done));
    this.running.add(done);
    return done;
  }

  /**
   * Runs `work` after `delayMs`, once, however often it is asked for meanwhile (keyed by `what`).
   * `idle()` does not wait out the delay: it starts the work at once.
   */
  later(what: string, delayMs: number, work: () => Promise<unknown>): void {
    if (this.timers.has(what)) return;
    const start = (): void => {
      const pending = this.timers.get(what);
      if (!pending) return;
      clearTimeout(pending.timer);
      this.timers.delete(what);
      void this.run(what, work);
    };
    const timer = setTimeout(start, delayMs);
    // A deferred save must not keep a finished CLI run alive; close() starts it instead.
    timer.unref?.();
    this.timers.set(what, { timer, start });
  }

  /** True while anything is running or waiting to run. */
  get busy(): boolean {
    return this.running.size > 0 || this.timers.size > 0;
  }

  /** Starts every deferred write now and resolves once nothing is running, including writes started meanwhile. */
  async idle(): Promise<void> {
    while (this.busy) {
      for (const { start } of [...this.timers.values()]) start();
      await Promise.all(this.running);
    }
  }
}
