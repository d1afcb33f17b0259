import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Highlight } from '../../shared/model';

type PeerFile = Record<string, unknown> & { highlights: Highlight[] };

/**
 * The lowdb peer of `highlight_save_p95_ms` in its own process: held in ours, its ~137 MB of
 * garbage per save was collected inside our timed saves (p95 36 ms alone, 241 ms interleaved).
 * The peer times each of its saves itself, in its process, and reports the time.
 */
export class LowdbPeer {
  private constructor(private readonly child: ChildProcess) {}

  /** Starts the peer on `file`, which already holds the whole notebook as one lowdb file. */
  static async start(file: string): Promise<LowdbPeer> {
    const child = fork(fileURLToPath(import.meta.url), [file], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, RN_LOWDB_PEER: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the lowdb peer exited with ${code}`)));
    });
    return new LowdbPeer(child);
  }

  /** One save of the whole file with `highlight` added; resolves to the peer's own time in ms. */
  save(highlight: Highlight): Promise<number> {
    return new Promise((resolve) => {
      this.child.once('message', (ms) => resolve(ms as number));
      this.child.send(highlight);
    });
  }

  stop(): void {
    this.child.kill();
  }
}

async function serve(file: string): Promise<void> {
  const db = new Low<PeerFile>(new JSONFile<PeerFile>(file), { highlights: [] });
  await db.read();
  process.on('message', (highlight) => {
    const began = performance.now();
    db.data.highlights.push(highlight as Highlight);
    void db.write().then(() => process.send?.(performance.now() - began));
  });
  process.send?.('ready');
}

if (process.env.RN_LOWDB_PEER === '1' && process.send) void serve(process.argv[2] ?? '');
