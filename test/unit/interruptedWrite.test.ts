import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { NotebookSession } from '../../electron/session/notebookSession';
import { tempDir } from './helpers/tempDir';

it('a process killed between the temp write and the rename leaves the previous state readable', async () => {
  const dir = join(await tempDir(), 'nb');
  const before = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  await before.importText('First story that landed.\nIt must survive.');
  await before.close();

  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'helpers/crashDuringWrite.ts'), dir],
    {
      encoding: 'utf8',
      // Past this the child is stopped with SIGTERM and the test fails; it took 26 s at load 24.
      timeout: 110_000,
    },
  );
  expect(child.signal).toBe('SIGKILL');
  const leftovers = (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
  expect(leftovers.length).toBeGreaterThan(0);

  const after = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  expect(after.notebook.sources().map((s) => s.title)).toEqual(['First story that landed.']);
  expect(after.notebook.notices).toEqual([]);
  expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  await after.close();
});
