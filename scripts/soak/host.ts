// Starts the loopback web host on a notebook as its own process, calls it over HTTP, and kills it.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY = /Notebook ready at (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/;

export type CallResult = { ok: true; value: unknown } | { ok: false; status: number; message: string };

export interface RunningHost {
  child: ChildProcess;
  pid: number;
  /** Resolves with the base URL and token once the host prints that it is ready. */
  ready: Promise<{ base: string; token: string }>;
  /** Resolves when the process has exited, with its exit code or signal. */
  exited: Promise<string>;
  stderr: () => string;
}

const BUNDLE = 'out/soak/host.mjs';

/**
 * Bundles `electron/web/start.ts` (what `npm run web` runs) once, with esbuild (which tsx itself runs
 * on): a start then costs module loading only, not compiling hundreds of TypeScript files each time,
 * which more than halves the time per kill. Pasted text is read in the parser worker, so the worker
 * entry and the job modules go beside the bundle, where the pools look for them (`./jobWorker.mjs`,
 * then `./parseJob.js` / `./exportJob.js` next to the code that starts them).
 */
export async function bundleHost(): Promise<void> {
  const { build } = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  } as const;
  const dir = `${ROOT}/${BUNDLE.slice(0, BUNDLE.lastIndexOf('/'))}`;
  await build({ ...common, entryPoints: [`${ROOT}/electron/web/start.ts`], outfile: `${ROOT}/${BUNDLE}` });
  await build({
    ...common,
    entryPoints: {
      parseJob: `${ROOT}/electron/import/isolated/parseJob.ts`,
      exportJob: `${ROOT}/electron/packet/isolated/exportJob.ts`,
    },
    outdir: dir,
  });
  await copyFile(`${ROOT}/electron/workers/jobWorker.mjs`, `${dir}/jobWorker.mjs`);
}

/** Starts the bundled host as its own process. */
export function startHost(notebookDir: string, userDataDir: string): RunningHost {
  const child = spawn(process.execPath, [BUNDLE, '--notebook', notebookDir, '--user-data', userDataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)),
  );
  const ready = new Promise<{ base: string; token: string }>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = READY.exec(out);
      if (m?.[1] && m[2]) resolve({ base: m[1], token: m[2] });
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    void exited.then((how) =>
      reject(new Error(`the host ended before it was ready (${how}): ${err.trim()}`)),
    );
  });
  ready.catch(() => undefined);
  return { child, pid: child.pid ?? -1, ready, exited, stderr: () => err };
}

/** kill -9, then waits for the process to be gone. */
export async function killHard(host: RunningHost): Promise<void> {
  host.child.kill('SIGKILL');
  await host.exited;
}

/** One contract call; a dropped connection (the host was killed) is a failure, never an acknowledgement. */
export async function call(base: string, token: string, name: string, input: unknown): Promise<CallResult> {
  try {
    const res = await fetch(`${base}/api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
    if (res.status === 200 && body.ok) return { ok: true, value: body.result };
    return { ok: false, status: res.status, message: body.error?.message ?? res.statusText };
  } catch (error) {
    return { ok: false, status: 0, message: (error as Error).message };
  }
}
