// Worker entry for every isolated job (parsing imports, writing packets). Plain JavaScript so Node can
// start it directly. `workerData.job` lists where the job module may be: the built `.js` first, then
// the TypeScript source, loaded through tsx (development, tests).
import { parentPort, workerData } from 'node:worker_threads';

async function loadJob(candidates) {
  for (const url of candidates.slice(0, -1)) {
    try {
      return await import(url);
    } catch {
      // Not built: try the next place.
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(candidates[candidates.length - 1]);
}

const job = await loadJob(workerData.job);
parentPort.on('message', async ({ id, request }) => {
  const progress = (value) => parentPort.postMessage({ id, progress: value });
  try {
    parentPort.postMessage({ id, ok: true, result: await job.runJob(request, progress) });
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      error: {
        code: error?.code,
        message: String(error?.message ?? error),
        details: error?.details,
      },
    });
  }
});
// The pool learns that this worker is ready. A warmed pool's workers also load, in the background,
// what their first job will most likely need (`prepare`), while they wait for it.
parentPort.postMessage({ ready: true });
if (workerData.warm && typeof job.prepare === 'function') {
  job.prepare().catch(() => undefined);
}
