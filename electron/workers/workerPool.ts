import { Worker } from 'node:worker_threads';
import { AppError, errorCodes, type ErrorCode, type ErrorShape } from '../../shared/errors';

export interface WorkerLimits {
  /** A job that takes longer is abandoned and its worker terminated. */
  timeoutMs: number;
  /** Heap cap of each worker; a job that needs more fails alone. */
  maxMemoryMb: number;
}

/** The reporter's words when a job is stopped; `label` names what was being done (a file, "The packet"). */
export interface StopWords {
  code: ErrorCode;
  timeout: (label: string, seconds: string) => string;
  memory: (label: string) => string;
  crashed: (label: string) => string;
}

export interface PoolOptions extends WorkerLimits {
  /** Where the job module is: built `.js` first, then the TypeScript source (see jobWorker.mjs). */
  job: URL[];
  /** Workers kept, each running one job at a time. */
  size: number;
  words: StopWords;
}

interface Task<Req, Res> {
  request: Req;
  label: string;
  onProgress?: (progress: unknown) => void;
  resolve: (result: Res) => void;
  reject: (error: AppError) => void;
}

interface Slot<Req, Res> {
  worker: Worker | null;
  /** Resolves once the worker has loaded its job module (or is gone). */
  loaded?: Promise<void>;
  task: Task<Req, Res> | null;
  id: number;
  timer?: NodeJS.Timeout;
}

type Reply<Res> =
  | { ready: true }
  | { id: number; progress: unknown }
  | { id: number; ok: true; result: Res }
  | { id: number; ok: false; error: Partial<ErrorShape> };

const ENTRY = new URL('./jobWorker.mjs', import.meta.url);
const KNOWN_CODES: ReadonlySet<string> = new Set(errorCodes);

const secondsText = (ms: number): string => {
  const s = Math.max(1, Math.round(ms / 1000));
  return `${s} second${s === 1 ? '' : 's'}`;
};

/**
 * Runs jobs in a few long-lived worker threads with a heap cap and a time limit, one job per
 * worker at a time and the rest queued (bounded concurrency; a job's clock starts when it starts).
 * A job that overruns its time or memory costs only that job: its worker is terminated, the job
 * fails with the reporter's words, and a fresh worker starts for the next one. Workers stay warm
 * between jobs, so a page costs no start-up.
 */
export class WorkerPool<Req, Res> {
  private readonly slots: Slot<Req, Res>[];
  private readonly queue: Task<Req, Res>[] = [];
  private nextId = 1;
  /** Set by warm(): a worker stopped by its job is replaced at once, not when the next job comes. */
  private keepWarm = false;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => ({
      worker: null,
      task: null,
      id: 0,
    }));
  }

  /** Runs one job; `label` names it in errors, `onProgress` hears what the job reports on the way. */
  run(request: Req, label: string, onProgress?: (progress: unknown) => void): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      this.queue.push({ request, label, onProgress, resolve, reject });
      this.pump();
    });
  }

  /**
   * Starts every worker now and resolves once each has loaded its job module, so the first job
   * does not wait for a worker to start. From then on a worker stopped by its job (overrun, crash)
   * is replaced at once. Workers stay unref'd: a warm pool never keeps a process alive.
   */
  async warm(): Promise<void> {
    if (this.closed) return;
    this.keepWarm = true;
    for (const slot of this.slots) slot.worker ??= this.spawn(slot);
    await Promise.all(this.slots.map((slot) => slot.loaded ?? Promise.resolve()));
  }

  /** The thread ids of the workers alive now (for tests: a warm pool's jobs run in them). */
  get threadIds(): number[] {
    return this.slots.flatMap((s) => (s.worker ? [s.worker.threadId] : []));
  }

  /** Jobs running or waiting. */
  get busy(): number {
    return this.queue.length + this.slots.filter((s) => s.task).length;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task) continue;
      const task = this.queue.shift();
      if (!task) return;
      this.start(slot, task);
    }
  }

  private start(slot: Slot<Req, Res>, task: Task<Req, Res>): void {
    const worker = (slot.worker ??= this.spawn(slot));
    slot.task = task;
    slot.id = this.nextId++;
    slot.timer = setTimeout(() => this.stop(slot, worker, 'timeout'), this.options.timeoutMs);
    worker.postMessage({ id: slot.id, request: task.request });
  }

  private spawn(slot: Slot<Req, Res>): Worker {
    const worker = new Worker(ENTRY, {
      workerData: { job: this.options.job.map(String), warm: this.keepWarm },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
    });
    let loaded: () => void = () => undefined;
    slot.loaded = new Promise<void>((resolve) => (loaded = resolve));
    worker.on('message', (reply: Reply<Res>) => ('ready' in reply ? loaded() : this.settle(slot, reply)));
    worker.on('error', (error: Error & { code?: string }) =>
      this.stop(slot, worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crashed'),
    );
    worker.on('exit', () => {
      loaded();
      this.stop(slot, worker, 'crashed');
    });
    // Idle workers must not keep a finished CLI run alive.
    worker.unref();
    return worker;
  }

  private settle(slot: Slot<Req, Res>, reply: Exclude<Reply<Res>, { ready: true }>): void {
    const task = slot.task;
    if (!task || reply.id !== slot.id) return;
    if ('progress' in reply) {
      task.onProgress?.(reply.progress);
      return;
    }
    this.release(slot);
    if (reply.ok) task.resolve(reply.result);
    else {
      const code = KNOWN_CODES.has(reply.error.code ?? '')
        ? (reply.error.code as ErrorCode)
        : this.options.words.code;
      task.reject(new AppError(code, reply.error.message ?? 'The job failed.', reply.error.details));
    }
    this.pump();
  }

  private release(slot: Slot<Req, Res>): void {
    clearTimeout(slot.timer);
    slot.task = null;
  }

  /** The worker overran, died or was terminated: its job fails with the reporter's words, the slot starts afresh. */
  private stop(slot: Slot<Req, Res>, worker: Worker, why: 'timeout' | 'memory' | 'crashed'): void {
    if (slot.worker !== worker) return;
    slot.worker = null;
    const task = slot.task;
    this.release(slot);
    void worker.terminate();
    if (task) {
      const { words, timeoutMs } = this.options;
      const message =
        why === 'timeout'
          ? words.timeout(task.label, secondsText(timeoutMs))
          : why === 'memory'
            ? words.memory(task.label)
            : words.crashed(task.label);
      task.reject(new AppError(words.code, message));
    }
    // Only a worker stopped by its job is replaced: one that cannot even load must not loop.
    if (task && this.keepWarm && !this.closed) slot.worker = this.spawn(slot);
    this.pump();
  }

  /** Stops every worker; jobs still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new AppError('INTERNAL', 'The app is closing.'));
    const workers = this.slots.flatMap((s) => (s.worker ? [s.worker] : []));
    for (const slot of this.slots) slot.worker = null;
    await Promise.all(workers.map((w) => w.terminate()));
    for (const slot of this.slots) {
      const task = slot.task;
      this.release(slot);
      task?.reject(new AppError('INTERNAL', 'The app is closing.'));
    }
  }
}
