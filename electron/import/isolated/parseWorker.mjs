// Worker entry for PDF and Word parsing. Plain JavaScript so Node can start it directly; it loads
// the built job module when there is one, else the TypeScript source through tsx (development, tests).
import { parentPort } from 'node:worker_threads';

async function loadJob() {
  try {
    return await import(new URL('./parseJob.js', import.meta.url).href);
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return import(new URL('./parseJob.ts', import.meta.url).href);
  }
}

const job = await loadJob();
parentPort.on('message', async ({ id, request }) => {
  try {
    parentPort.postMessage({ id, ok: true, result: await job.runParseJob(request) });
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      error: {
        code: error?.code ?? 'IMPORT_FAILED',
        message: String(error?.message ?? error),
        details: error?.details,
      },
    });
  }
});
