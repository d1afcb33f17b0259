import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export interface ServerProcess {
  url: string;
  pid: number;
  /** The server process's resident memory now, in MB (Linux /proc). */
  rssMb(): Promise<number>;
  stop(): Promise<number | null>;
}

/**
 * `npm run server` in its own process, so its memory is measured alone; resolves once it prints its
 * ready line. Extra arguments (say `--postgres URL`) are passed through.
 */
export function startServerProcess(dataDir: string, extra: string[] = []): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.RN_BENCH_SERVER_NODE_ARGS?.split(' ') ?? []),
      '--import',
      'tsx',
      'electron/sync/server/main.ts',
      '--data',
      dataDir,
      '--port',
      '0',
      ...extra,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^Server ready at (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
      if (!match?.[1]) return;
      resolve({
        url: match[1],
        pid: child.pid ?? 0,
        rssMb: async () => {
          const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
          const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
          return kb / 1024;
        },
        stop: () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
    void exited.then((code) => reject(new Error(`The sync server exited (${code}): ${out}`)));
  });
}
