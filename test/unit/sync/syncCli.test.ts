import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { tempDir } from '../helpers/tempDir';
import { ARTICLE, withSession } from './syncHelpers';

/** Starts `npm run server`'s entry in a child process; resolves with its URL once it prints the ready line. */
function serve(dataDir: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/sync/server/main.ts', '--data', dataDir, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const ready = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^Server ready at (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ready, exited };
}

describe('sync from the command line', () => {
  it('serve prints its address, share prints two invitations, join and sync --once exchange, SIGTERM stops it', async () => {
    const server = serve(join(await tempDir('rn-srv-'), 'data'));
    const url = await server.ready;
    try {
      const a = join(await tempDir(), 'a');
      await withSession(a, (s) => s.importText(ARTICLE));
      const lines: string[] = [];
      expect(await runCli(['share', '--notebook', a, '--server', url, '--json'], (l) => lines.push(l))).toBe(
        0,
      );
      expect(lines).toHaveLength(1);
      const invitations = JSON.parse(lines[0] ?? '') as { editor: string; reviewer: string };
      expect(invitations.editor).toMatch(/^rn-invite:\S+$/);
      expect(invitations.reviewer).toMatch(/^rn-invite:\S+$/);
      const b = join(await tempDir(), 'b');
      expect(await runCli(['join', invitations.editor, '--notebook', b], () => undefined)).toBe(0);
      expect(await runCli(['sync', '--notebook', b, '--once'], () => undefined)).toBe(0);
      await withSession(b, (s) => Promise.resolve(expect(s.notebook.sources()).toHaveLength(1)));
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
  });
});
