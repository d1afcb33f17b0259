import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { NotebookSession } from '../../electron/session/notebookSession';
import { tempDir } from './helpers/tempDir';

/** A notebook with one source, then a child that imports a second and is killed at `at`'s rename. */
async function crashedAt(at: 'notebook' | 'sources'): Promise<string> {
  const dir = join(await tempDir(), 'nb');
  const before = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  await before.importText('First story that landed.\nIt must survive.');
  await before.close();

  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'helpers/crashDuringWrite.ts'), dir, at],
    {
      encoding: 'utf8',
      // Past this the child is stopped with SIGTERM and the test fails; it took 26 s at load 24.
      timeout: 110_000,
    },
  );
  expect(child.signal).toBe('SIGKILL');
  const leftovers = (await readdir(join(dir, at === 'sources' ? 'sources' : ''))).filter((n) =>
    n.endsWith('.tmp'),
  );
  expect(leftovers.length).toBeGreaterThan(0);
  return dir;
}

it('a process killed before its source shard is renamed leaves the previous state readable', async () => {
  const dir = await crashedAt('sources');
  const after = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  expect(after.notebook.sources().map((s) => s.title)).toEqual(['First story that landed.']);
  expect(after.notebook.notices).toEqual([]);
  expect((await readdir(join(dir, 'sources'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  await after.close();
});

it('a process killed between the source shard and notebook.json keeps the new source, once', async () => {
  const dir = await crashedAt('notebook');
  const after = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  // The shard was written first and names the source; notebook.json (the old one) names nothing of it.
  const titles = after.notebook.sources().map((s) => s.title);
  expect(titles).toEqual(['First story that landed.', 'Second story that never lands.']);
  expect(new Set(after.notebook.sources().map((s) => s.id)).size).toBe(2);
  const second = after.notebook.sources()[1];
  if (!second) throw new Error('no second source');
  expect(await after.notebook.readText(second)).toContain('It is lost in the crash.');
  expect(after.notebook.notices).toEqual([]);
  expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  // It is found by search too: the source shard changed after the last clean close.
  const found = await after.handlers.search({ query: 'crash', kinds: ['source'], limit: 5 });
  expect(found.groups.flatMap((g) => g.hits.map((h) => h.id))).toEqual([second.id]);
  await after.close();
});
