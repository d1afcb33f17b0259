import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

interface Answer {
  pid: number;
  dir: string;
  held: boolean;
  code?: string;
}

export interface RoundResult {
  holders: number;
  lockPid: number | null;
  refusedWith: string[];
}

const racerPath = join(import.meta.dirname, 'racer.ts');

/** A pid that names no running process: one of a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

/** Starts `count` racers, each a long-lived process, so a round costs one lock attempt, not a start-up. */
export async function startRacers(count: number) {
  const children: ChildProcess[] = [];
  const waiting = new Map<string, (a: Answer) => void>();
  const ready: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const child = spawn(process.execPath, ['--import', 'tsx', racerPath], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    children.push(child);
    ready.push(
      new Promise((resolve) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          const message = JSON.parse(line) as Answer & { ready?: number };
          if (message.ready) return resolve();
          waiting.get(`${message.pid} ${message.dir}`)?.(message);
        });
      }),
    );
  }
  await Promise.all(ready);
  const stale = await deadPid();

  async function round(dir: string): Promise<RoundResult> {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: stale, host: hostname(), createdAt: '' }));
    const answers = children.map(
      (child) => new Promise<Answer>((resolve) => waiting.set(`${child.pid} ${dir}`, resolve)),
    );
    for (const child of children) child.stdin!.write(`${dir}\n`);
    const results = await Promise.all(answers);
    const lock = JSON.parse(await readFile(join(dir, '.lock'), 'utf8')) as { pid: number };
    const winners = results.filter((r) => r.held);
    return {
      holders: winners.length,
      lockPid: winners.length === 1 && winners[0]!.pid === lock.pid ? lock.pid : null,
      refusedWith: results.filter((r) => !r.held).map((r) => r.code ?? '?'),
    };
  }

  function stop() {
    for (const child of children) child.kill();
  }
  return { round, stop };
}
