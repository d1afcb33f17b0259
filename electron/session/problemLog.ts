import { mkdir, open, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The log of background failures, in the user-data folder. */
export function problemLogPath(userDataDir: string): string {
  return join(userDataDir, 'logs', 'research-notebook.log');
}

/** Past this size the log is moved to `.1` (replacing the older one), so it never grows without bound. */
export const MAX_LOG_BYTES = 1024 * 1024;

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Appends one line per problem to the log file, each synced to disk before the next, so what
 * went wrong is still there after a crash. Appends run one after another; `idle()` waits for them.
 */
export class ProblemLog {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly maxBytes = MAX_LOG_BYTES,
  ) {}

  /** Queues one line; a failure to log is written to stderr, the last place left to say it. */
  append(what: string, error: unknown, now = new Date()): void {
    const line = `${now.toISOString()} could not ${what}: ${describe(error).replace(/\s+/g, ' ')}\n`;
    this.chain = this.chain
      .then(() => this.write(line))
      .catch((failure: unknown) => {
        process.stderr.write(
          `research-notebook: could not write ${this.path}: ${describe(failure)}\n${line}`,
        );
      });
  }

  idle(): Promise<void> {
    return this.chain;
  }

  private async write(line: string): Promise<void> {
    await mkdir(join(this.path, '..'), { recursive: true });
    const size = await stat(this.path).then(
      (s) => s.size,
      () => 0,
    );
    if (size + line.length > this.maxBytes && size > 0) await rename(this.path, `${this.path}.1`);
    const handle = await open(this.path, 'a');
    try {
      await handle.appendFile(line);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
