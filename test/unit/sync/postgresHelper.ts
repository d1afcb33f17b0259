import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chown, readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { retryWhileAddressInUse } from '../../support/addressInUse';
import { tempDir } from '../helpers/tempDir';
import { freePort } from './redisHelper';

/** The folder holding Debian's initdb and pg_ctl (PATH first, then PostgreSQL 15's own), or null. */
export function postgresBin(): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/lib/postgresql/15/bin'];
  return dirs.find((d) => d && existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl'))) ?? null;
}

/** PostgreSQL refuses to run as root: as root, the servers run as the `postgres` user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid) throw new Error('Running as root and there is no postgres user to run PostgreSQL as.');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(bin: string, args: string[], user?: { uid: number; gid: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], ...user, env: { LANG: 'C' } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${bin} exited ${code}: ${out.slice(-800)}`)),
    );
  });
}

/**
 * A throwaway PostgreSQL on loopback: `initdb` in a temp folder, `pg_ctl start -w` (returns once it
 * accepts connections). Durability settings are off: the tests check convergence, not crashes.
 */
export async function startPostgres(bin: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const user = runAs();
  const dir = await tempDir('rn-pg-');
  if (user) await chown(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  await run(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'rn', '--auth=trust', '-N', '-E', 'UTF8', '--locale=C'],
    user,
  );
  // Another process may take the free port before PostgreSQL binds it (its log says so): another port.
  const port = await retryWhileAddressInUse(async () => {
    const free = await freePort();
    const log = join(dir, `log-${free}`);
    const options = `-p ${free} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
    await run(join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-o', options, '-w', 'start'], user).catch(
      async (error: unknown) => {
        const said = await readFile(log, 'utf8').catch(() => '');
        throw new Error(`${error instanceof Error ? error.message : String(error)}\n${said.slice(-800)}`);
      },
    );
    return free;
  });
  return {
    url: `postgres://rn@127.0.0.1:${port}/postgres`,
    stop: () => run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], user),
  };
}
