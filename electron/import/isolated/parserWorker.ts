import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorShape } from '../../../shared/errors';
import type { ParseJob, ParseOutput } from './parseJob';

export interface ParserLimits {
  /** A file that takes longer is abandoned and its worker replaced. */
  timeoutMs: number;
  /** Heap cap of the worker; a file that needs more fails alone. */
  maxMemoryMb: number;
}

interface Pending {
  resolve: (output: ParseOutput) => void;
  reject: (error: AppError) => void;
  timer: NodeJS.Timeout;
  fileName: string;
}

type Reply = { id: number; ok: true; result: ParseOutput } | { id: number; ok: false; error: ErrorShape };

/**
 * PDF, Word and HTML parsing off the main thread, in one long-lived worker with a
 * memory cap. A file that hangs or exhausts memory costs only that file: the
 * worker is terminated and a fresh one starts for the next job.
 */
export class ParserWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly limits: ParserLimits = { timeoutMs: 60_000, maxMemoryMb: 1024 }) {}

  private spawn(): Worker {
    const worker = new Worker(new URL('./parseWorker.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
    });
    worker.on('message', (reply: Reply) => this.settle(reply));
    worker.on('error', (error) => this.failAll(worker, error));
    worker.on('exit', () => this.failAll(worker, null));
    worker.unref();
    return worker;
  }

  private settle(reply: Reply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    clearTimeout(job.timer);
    if (reply.ok) job.resolve(reply.result);
    else job.reject(new AppError(reply.error.code, reply.error.message, reply.error.details));
  }

  /** The worker died (crash, memory cap, or terminated after a timeout): every job in it fails. */
  private failAll(worker: Worker, error: Error | null): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const outOfMemory = (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    for (const [id, job] of this.pending) {
      this.pending.delete(id);
      clearTimeout(job.timer);
      job.reject(
        new AppError(
          'IMPORT_FAILED',
          outOfMemory
            ? `“${job.fileName}” needed more memory than the importer allows, so it was not imported.`
            : `“${job.fileName}” could not be read: the reader stopped unexpectedly.`,
        ),
      );
    }
  }

  /** Jobs sent and not yet answered. */
  get busy(): number {
    return this.pending.size;
  }

  parse(job: ParseJob): Promise<ParseOutput> {
    this.worker ??= this.spawn();
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise<ParseOutput>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        const seconds = Math.max(1, Math.round(this.limits.timeoutMs / 1000));
        reject(
          new AppError(
            'IMPORT_FAILED',
            `“${job.fileName}” took longer than ${seconds} second${seconds === 1 ? '' : 's'} to read, so it was not imported.`,
          ),
        );
        // The worker may be stuck inside the parser: replace it.
        if (this.worker === worker) {
          this.failAll(worker, null);
          void worker.terminate();
        }
      }, this.limits.timeoutMs);
      this.pending.set(id, { resolve, reject, timer, fileName: job.fileName });
      worker.postMessage({ id, request: job });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

/** A few workers, one per core, handing each job to the least busy. */
export class ParserPool {
  private readonly workers: ParserWorker[];

  constructor(size: number, limits?: ParserLimits) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => new ParserWorker(limits));
  }

  parse(job: ParseJob): Promise<ParseOutput> {
    const idlest = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    return idlest.parse(job);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}

let shared: ParserPool | null = null;

/** The process-wide parser pool: one worker per core (at least one, at most four). */
export function parserPool(): ParserPool {
  shared ??= new ParserPool(Math.min(4, Math.max(1, availableParallelism())));
  return shared;
}
