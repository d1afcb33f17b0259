import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { retryWhileAddressInUse } from '../../support/addressInUse';
import { tempDir } from '../helpers/tempDir';

/** A free loopback port (taken and released at once; the caller binds it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Debian's redis-server on loopback with a temp folder and no persistence; resolves once it accepts.
 * Another process may take the free port before redis binds it: then again on another port.
 */
export function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  return retryWhileAddressInUse(startRedisOnce);
}

async function startRedisOnce(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = await tempDir('rn-redis-');
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${seen.slice(-500)}`)));
    child.once('error', reject);
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
