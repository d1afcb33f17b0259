/**
 * Many changes in quick succession become one save: a request made while a
 * save is queued joins it; a request made while a save is running queues the
 * next one. Every caller's promise settles when a save that includes its
 * change is on disk.
 */
export class WriteCoalescer {
  private queued: Promise<void> | null = null;
  private inFlight: Promise<void> | null = null;

  constructor(private readonly write: () => Promise<void>) {}

  request(): Promise<void> {
    if (this.queued) return this.queued;
    const previous = this.inFlight ?? Promise.resolve();
    const next: Promise<void> = previous
      .catch(() => undefined)
      .then(async () => {
        // From here on, new changes are not in this save's snapshot.
        this.queued = null;
        this.inFlight = next;
        try {
          await this.write();
        } finally {
          if (this.inFlight === next) this.inFlight = null;
        }
      });
    this.queued = next;
    return next;
  }

  /** Resolves once nothing is queued or running. */
  async idle(): Promise<void> {
    while (this.queued ?? this.inFlight) {
      await (this.queued ?? this.inFlight)?.catch(() => undefined);
    }
  }
}
