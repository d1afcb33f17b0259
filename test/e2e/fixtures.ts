import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import type { CallName, InputOf, ResultOf } from '../../shared/contract';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const screensDir = join(repoRoot, 'test-results', 'screens');

const READY_LINE = /^Notebook ready at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))$/;
const START_TIMEOUT_MS = 60_000;
// Chrome reports this for any meta-delivered CSP with frame-ancestors; the web host also sends it as a header.
const IGNORED_CONSOLE = [/frame-ancestors' is ignored when delivered via a <meta> element/];

/** A running web host: its URL (with token) and a way to call the API directly. */
export interface NotebookHost {
  url: string;
  origin: string;
  token: string;
  notebookDir: string;
  /** Stops the host and starts a new one on the same notebook; resolves to the new URL. */
  restart(): Promise<string>;
  call<K extends CallName>(name: K, input: InputOf<K>): Promise<ResultOf<K>>;
}

export interface Running {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
}

export async function startHost(notebookDir: string, userDataDir: string): Promise<Running> {
  if (!existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) {
    throw new Error(
      'out/renderer is missing: run `npm run build:renderer` (npm run test:e2e does it for you).',
    );
  }
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/web/start.ts', '--notebook', notebookDir, '--user-data', userDataDir],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise<Running>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`The web host did not print its ready line within ${START_TIMEOUT_MS} ms.\n${stderr}`),
      );
    }, START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = READY_LINE.exec(line.trim());
      if (!match) return;
      clearTimeout(timer);
      const url = match[1]!;
      resolve({ child, url, origin: new URL(url).origin, token: match[3]! });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited (code ${code}) before it was ready.\n${stderr}`));
    });
  });
}

export async function stopHost(running: Running): Promise<void> {
  const { child } = running;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function callApi<K extends CallName>(
  running: Running,
  name: K,
  input: InputOf<K>,
): Promise<ResultOf<K>> {
  const response = await fetch(`${running.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${running.token}` },
    body: JSON.stringify(input),
  });
  const outcome = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
  if (!outcome.ok) throw new Error(`${name} failed: ${outcome.error?.message ?? response.status}`);
  return outcome.result as ResultOf<K>;
}

interface Fixtures {
  workDir: string;
  host: NotebookHost;
  consoleProblems: string[];
}

/**
 * Each test gets a fresh notebook, its own web host process, and a fresh
 * Chromium profile. Console errors and page crashes fail the test, which is how
 * a CSP violation or an uncaught render error shows up.
 */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'rn-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  host: async ({ workDir }, use) => {
    const notebookDir = join(workDir, 'Notebook');
    const userDataDir = join(workDir, 'user-data');
    await mkdir(userDataDir, { recursive: true });
    let running = await startHost(notebookDir, userDataDir);
    const host: NotebookHost = {
      get url() {
        return running.url;
      },
      get origin() {
        return running.origin;
      },
      get token() {
        return running.token;
      },
      notebookDir,
      async restart() {
        await stopHost(running);
        running = await startHost(notebookDir, userDataDir);
        return running.url;
      },
      call: (name, input) => callApi(running, name, input),
    };
    try {
      await use(host);
    } finally {
      await stopHost(running);
    }
  },

  // eslint-disable-next-line no-empty-pattern
  consoleProblems: async ({}, use) => {
    await use([]);
  },

  context: async ({ workDir }, use) => {
    const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
      executablePath: chromiumPath(),
      args: CHROMIUM_FLAGS,
      headless: true,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      colorScheme: 'light',
    });
    try {
      await use(context);
    } finally {
      await context.close();
    }
  },

  page: async ({ context, consoleProblems }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (IGNORED_CONSOLE.some((pattern) => pattern.test(message.text()))) return;
      // A refused call (e.g. an unreadable file) is an answer the UI shows, not a page fault.
      if (message.text().startsWith('Failed to load resource') && message.location().url.includes('/api/'))
        return;
      consoleProblems.push(message.text());
    });
    page.on('pageerror', (error) => consoleProblems.push(`Uncaught: ${error.message}`));
    await use(page);
    expect(consoleProblems, 'the page logged errors').toEqual([]);
  },
});

export { expect };
export type { BrowserContext, Page };
