import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../../test/support/chromium';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const READY_LINE = /^Notebook ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/;
const START_TIMEOUT_MS = 60_000;

/** Builds the renderer once, so the bench can run on a fresh checkout. */
export function ensureRendererBuilt(): void {
  if (existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) return;
  execFileSync('npm', ['run', '--silent', 'build:renderer'], { cwd: repoRoot, stdio: 'inherit' });
}

/** A web host process serving one notebook. */
export interface BenchHost {
  url: string;
  stop(): Promise<void>;
}

/** Starts `electron/web/start.ts` on a notebook and resolves once it prints its URL. */
export function startHost(notebookDir: string, userDataDir: string): Promise<BenchHost> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/web/start.ts', '--notebook', notebookDir, '--user-data', userDataDir],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise<BenchHost>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The web host did not start within ${START_TIMEOUT_MS} ms.\n${stderr}`));
    }, START_TIMEOUT_MS);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY_LINE.exec(line.trim());
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({ url: match[1], stop: () => stopChild(child) });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited (code ${code}) before it was ready.\n${stderr}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Headless Chromium on a fresh profile, sized like a laptop window. */
export function launchChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
    headless: true,
    viewport: { width: 1280, height: 800 },
  });
}
