import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_CLOSE_FILE, CleanClose } from '../../electron/store/cleanClose';
import { loadOrRecover, NOTEBOOK_FILE } from '../../electron/store/loadNotebook';
import { NotebookStore } from '../../electron/store/notebookStore';
import { NotebookSession } from '../../electron/session/notebookSession';
import { sourcesOnDisk } from './helpers/sourcesOnDisk';
import { tempDir } from './helpers/tempDir';

const load = (dir: string) => loadOrRecover(dir, { vouched: new CleanClose(dir).read() });

/** A notebook with one source, closed cleanly. */
async function closedNotebook(): Promise<string> {
  const dir = join(await tempDir(), 'nb');
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
  await session.importText('Harbour board minutes\n\nThe board agreed to dredge the channel.');
  await session.close();
  return dir;
}

describe('opening after a clean close (issue 17)', () => {
  it('skips validating notebook.json only while its bytes are the ones the close vouched for', async () => {
    const dir = await closedNotebook();
    expect((await load(dir)).vouched).toBe(true);
    // Same content, other bytes (an edit by hand, a sync tool): validated again, and still opens.
    const text = await readFile(join(dir, NOTEBOOK_FILE), 'utf8');
    await writeFile(join(dir, NOTEBOOK_FILE), JSON.stringify(JSON.parse(text), null, 1));
    const edited = await load(dir);
    expect(edited.vouched).toBe(false);
    expect(await sourcesOnDisk(dir)).toHaveLength(1);
    expect(edited.notices).toEqual([]);
  });

  it('still finds a damaged notebook.json and restores the backup, marker or not', async () => {
    const dir = await closedNotebook();
    const text = await readFile(join(dir, NOTEBOOK_FILE), 'utf8');
    const damaged = text.replace(/"name":"[^"]*"/, '"name":7');
    expect(damaged).not.toBe(text);
    await writeFile(join(dir, NOTEBOOK_FILE), damaged);
    const store = await NotebookStore.open(dir);
    expect(store.notices.join(' ')).toMatch(/damaged/);
    await store.close();
  });

  it('validates in full when the marker is torn or was written under another model', async () => {
    const dir = await closedNotebook();
    await writeFile(join(dir, CLEAN_CLOSE_FILE), '{"version":1,"schema":"');
    expect((await load(dir)).vouched).toBe(false);
  });

  it('vouches again after a session that changed the notebook, and not before the close', async () => {
    const dir = await closedNotebook();
    const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null });
    await session.importText('Second report\n\nThe ferry ran late again on Friday.');
    // Until the close, the marker names the old bytes: a crash now means a full validation.
    expect((await load(dir)).vouched).toBe(false);
    await session.close();
    const reopened = await load(dir);
    expect(reopened.vouched).toBe(true);
    expect(await sourcesOnDisk(dir)).toHaveLength(2);
  });

  it('does not rewrite the marker after a session that changed nothing', async () => {
    const dir = await closedNotebook();
    const before = await readFile(join(dir, CLEAN_CLOSE_FILE), 'utf8');
    const store = await NotebookStore.open(dir);
    await store.close();
    expect(await readFile(join(dir, CLEAN_CLOSE_FILE), 'utf8')).toBe(before);
  });
});
