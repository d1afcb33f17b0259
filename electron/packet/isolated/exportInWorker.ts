import { WorkerPool, type StopWords } from '../../workers/workerPool';
import type { NotebookStore } from '../../store/notebookStore';
import type { ExportPacketOptions, ExportPacketResult, PacketProgress } from '../exportPacket';
import { signingKeyFor } from '../signingKeys';
import type { ExportRequest } from './exportJob';

const EXPORT_WORDS: StopWords = {
  code: 'INTERNAL',
  timeout: (label, seconds) =>
    `${label} took longer than ${seconds} to write, so it was stopped. Export fewer notes or a tag.`,
  memory: (label) =>
    `${label} needed more memory than the exporter allows, so it was stopped. Export fewer notes or a tag.`,
  crashed: (label) => `${label} could not be written: the exporter stopped unexpectedly.`,
};

let pool: WorkerPool<ExportRequest, ExportPacketResult> | null = null;

/** One export at a time (the rest wait), in a worker with generous limits: a packet is big work. */
function exportPool(): WorkerPool<ExportRequest, ExportPacketResult> {
  pool ??= new WorkerPool({
    size: 1,
    timeoutMs: 30 * 60_000,
    maxMemoryMb: 2048,
    job: [new URL('./exportJob.js', import.meta.url), new URL('./exportJob.ts', import.meta.url)],
    words: EXPORT_WORDS,
  });
  return pool;
}

/**
 * Writes a packet off the main thread: the host takes a snapshot of the records (and the signing
 * key, whose folder it owns), and the worker places highlights, renders, zips, hashes and signs,
 * reporting progress on the way. Other calls keep being answered meanwhile.
 */
export async function exportPacketIsolated(
  store: NotebookStore,
  options: ExportPacketOptions,
): Promise<ExportPacketResult> {
  const { onProgress, signingKeyDir, ...rest } = options;
  const { notebook, sources, entities, claims, notes, questions, ratings } = store.data;
  const signingKey = signingKeyDir
    ? await signingKeyFor(signingKeyDir, notebook.id, notebook.name, new Date().toISOString())
    : null;
  const highlights = await store.highlights.all();
  const request: ExportRequest = {
    snapshot: {
      dir: store.dir,
      data: { notebook, sources, entities, claims, notes, questions, ratings },
      highlights,
    },
    options: { ...rest, signingKey },
  };
  return exportPool().run(request, 'The packet', (p) => onProgress?.(p as PacketProgress));
}
