import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { openNotebooks } from '../store/openNotebooks';
import { NotebookSession } from './notebookSession';
import { problemLogPath } from './problemLog';

const ARTICLE =
  'The harbour board met on Tuesday.\n\nIt agreed to dredge the channel before the winter storms.';

describe('NotebookSession background writes', () => {
  it('close() waits for the deferred near-duplicate cache save', async () => {
    const dir = join(await tempDir(), 'nb');
    const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
    const { sourceId } = await session.importText(ARTICLE);
    // Deferred by seconds: not on disk yet.
    expect(await readdir(dir)).not.toContain('similarity.json');
    await session.close();
    const saved = await readFile(join(dir, 'similarity.json'), 'utf8');
    expect(saved).toContain(sourceId);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a failed background write becomes a notice and a line in the user-data log', async () => {
    const root = await tempDir();
    const dir = join(root, 'nb');
    const userData = join(root, 'user-data');
    // A folder where the cache file should go: saving it must fail.
    await mkdir(join(dir, 'similarity.json', 'blocker'), { recursive: true });
    const session = await NotebookSession.open({ notebookDir: dir, userDataDir: userData });
    await session.importText(ARTICLE);
    await session.notebook.settle();
    const { notices } = await session.handlers.getNotebookInfo({});
    expect(notices).toEqual([
      expect.stringMatching(
        /^Could not save the near-duplicate cache \(similarity\.json\) \(.+\)\. Your sources/,
      ),
    ]);
    await session.close();
    const log = await readFile(problemLogPath(userData), 'utf8');
    expect(log).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z could not save the near-duplicate cache \(similarity\.json\): /,
    );
  });

  it('a session a test leaves open is closed, its writes finished, before its folder goes', async () => {
    const root = await tempDir();
    const dir = join(root, 'nb');
    const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
    await session.importText(ARTICLE);
    await openNotebooks.closeUnder(root);
    expect(await readdir(dir)).toContain('similarity.json');
    expect(await readdir(dir)).not.toContain('.lock');
    await writeFile(join(dir, 'after-close'), 'nothing writes here any more');
  });
});

describe('NotebookSession folder picker', () => {
  it('offers the host’s folder picker through the contract, and says so in the notebook info', async () => {
    const dir = join(await tempDir(), 'nb');
    const session = await NotebookSession.open({
      notebookDir: dir,
      userDataDir: null,
      chooseFolder: () => Promise.resolve('/notes/other'),
    });
    try {
      expect((await session.handlers.getNotebookInfo({})).folderPicker).toBe(true);
      await expect(session.handlers.chooseNotebookFolder({})).resolves.toEqual({ path: '/notes/other' });
    } finally {
      await session.close();
    }
  });

  it('without one (web host, CLI) refuses with a plain reason and the info says none', async () => {
    const dir = join(await tempDir(), 'nb');
    const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
    try {
      expect((await session.handlers.getNotebookInfo({})).folderPicker).toBeUndefined();
      await expect(session.handlers.chooseNotebookFolder({})).rejects.toMatchObject({
        code: 'USAGE',
        message: expect.stringContaining('type the path'),
      });
    } finally {
      await session.close();
    }
  });
});
