import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { swapInto } from './swapInto';

/**
 * `npm run build:renderer`: builds the page into a folder of its own, then swaps it in for out/renderer.
 * Two test runs at once each build the page; built in place, one run's build would empty the folder
 * the other run's web host is serving, and that run's page would fail to load.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const target = join(repoRoot, 'out', 'renderer');
const staging = join(repoRoot, 'out', `.renderer-${process.pid}-${randomBytes(4).toString('hex')}`);

try {
  await build({
    configFile: join(repoRoot, 'renderer', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: staging, emptyOutDir: true },
  });
  await swapInto(staging, target);
} finally {
  await rm(staging, { recursive: true, force: true });
}
