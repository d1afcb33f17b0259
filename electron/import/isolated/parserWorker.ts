import { availableParallelism } from 'node:os';
import { WorkerPool, type StopWords, type WorkerLimits } from '../../workers/workerPool';
import type { ParseJob, ParseOutput } from './parseJob';

export type ParserLimits = WorkerLimits;

const PARSE_WORDS: StopWords = {
  code: 'IMPORT_FAILED',
  timeout: (label, seconds) => `${label} took longer than ${seconds} to read, so it was not imported.`,
  memory: (label) => `${label} needed more memory than the importer allows, so it was not imported.`,
  crashed: (label) => `${label} could not be read: the reader stopped unexpectedly.`,
};

/** What a job is called in the reporter's words: the file's name, or what was pasted. */
const labelOf = (job: ParseJob): string =>
  'fileName' in job && job.fileName ? `“${job.fileName}”` : (job.label ?? 'The input');

/**
 * Every extraction of imported content (PDF, Word, web pages, plain text, pasted text and HTML,
 * drafts) runs here, off the main thread, with one time and one memory limit: nothing a file or a
 * paste contains can hold the app. See WorkerPool for how an overrun is stopped.
 */
export class ParserPool {
  private readonly pool: WorkerPool<ParseJob, ParseOutput>;

  constructor(size: number, limits: ParserLimits = { timeoutMs: 60_000, maxMemoryMb: 1024 }) {
    this.pool = new WorkerPool({
      ...limits,
      size,
      job: [new URL('./parseJob.js', import.meta.url), new URL('./parseJob.ts', import.meta.url)],
      words: PARSE_WORDS,
    });
  }

  parse(job: ParseJob): Promise<ParseOutput> {
    return this.pool.run(job, labelOf(job));
  }

  /** Starts the workers now (see WorkerPool.warm). */
  warm(): Promise<void> {
    return this.pool.warm();
  }

  /** The thread ids of the workers alive now. */
  get threadIds(): number[] {
    return this.pool.threadIds;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

let shared: ParserPool | null = null;

/** The process-wide parser pool: one worker per core (at least one, at most four). */
export function parserPool(): ParserPool {
  shared ??= new ParserPool(Math.min(4, Math.max(1, availableParallelism())));
  return shared;
}

/** Puts another pool in place of the shared one (tests with tight limits); returns a function that puts it back. */
export function replaceParserPool(pool: ParserPool): () => void {
  const previous = shared;
  shared = pool;
  return () => {
    shared = previous;
  };
}

/**
 * Starts the shared parser workers once a notebook has opened and its open has answered (the
 * next turn of the event loop), so the reporter's first import does not wait for a worker to
 * start, and the open is not slowed by it. Failing to start is not reported here: the first
 * import then starts a worker itself and reports what goes wrong.
 */
export function warmParsersAfterOpen(): void {
  setImmediate(() => {
    parserPool()
      .warm()
      .catch(() => undefined);
  });
}
