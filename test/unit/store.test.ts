import { copyFile, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookStore } from '../../electron/store/notebookStore';
import { NotebookSession } from '../../electron/session/notebookSession';
import { sourcesOnDisk } from './helpers/sourcesOnDisk';
import { tempDir } from './helpers/tempDir';

async function sessionAt(dir: string): Promise<NotebookSession> {
  return NotebookSession.open({ notebookDir: dir, userDataDir: null });
}

describe('notebook store', () => {
  it('keeps imported sources, texts and originals across close and reopen', async () => {
    const dir = join(await tempDir(), 'nb');
    const first = await sessionAt(dir);
    const bytes = new TextEncoder().encode(
      'Harbour fees rise\n\nThe port raised fees by 4%.\n\nShippers object.',
    );
    const imported = await first.importBytes('fees.txt', bytes);
    const pasted = await first.importText('Ferry timetable changes from May.\nNight sailings end.');
    await first.close();

    const second = await sessionAt(dir);
    const list = await second.handlers.listSources({});
    expect(list.map((s) => s.title).sort()).toEqual([
      'Ferry timetable changes from May.',
      'Harbour fees rise',
    ]);
    const read = await second.handlers.getSource({ id: imported.sourceId });
    expect(read.text).toBe('The port raised fees by 4%.\n\nShippers object.');
    expect(read.source.original.fileName).toBe('fees.txt');
    const original = await second.notebook.originals.get(read.source.original.sha256);
    expect(Buffer.compare(original, Buffer.from(bytes))).toBe(0);
    expect((await second.handlers.getSource({ id: pasted.sourceId })).source.kind).toBe('paste');
    await second.close();
  });

  it('reports an exact duplicate instead of importing it twice', async () => {
    const session = await sessionAt(join(await tempDir(), 'nb'));
    const first = await session.importText('Same words here.\nAnd a second line.');
    const again = await session.importText('Same words here.\nAnd a second line.');
    expect(again).toMatchObject({ status: 'duplicate', duplicateOf: { id: first.sourceId } });
    expect(session.notebook.sources()).toHaveLength(1);
    await session.close();
  });

  it('migrates a v0 notebook and keeps a backup of the old file', async () => {
    const dir = await tempDir();
    await copyFile(join(__dirname, '../fixtures/notebooks/v0-notebook.json'), join(dir, 'notebook.json'));
    const store = await NotebookStore.open(dir);
    const [source] = store.sources();
    expect(store.data.schemaVersion).toBe(2);
    expect(store.data.notebook.name).toBe('Harbour inquiry');
    expect(source).toMatchObject({
      authors: ['Mara Quist'],
      publishedAt: '2024-03-02',
      wordCount: 412,
      tags: ['port'],
    });
    expect(store.notices.join(' ')).toMatch(/upgraded from format 0 to 2/);
    await store.close();
    const onDisk = JSON.parse(await readFile(join(dir, 'notebook.json'), 'utf8')) as {
      schemaVersion: number;
      sources: unknown[];
    };
    expect(onDisk).toMatchObject({ schemaVersion: 2, sources: [], sourcesIn: 'shards' });
    expect((await sourcesOnDisk(dir)).map((s) => s.id)).toEqual([source?.id]);
    const backups = await readdir(join(dir, 'backups'));
    const contents = await Promise.all(backups.map((b) => readFile(join(dir, 'backups', b), 'utf8')));
    expect(contents.some((c) => !c.includes('schemaVersion'))).toBe(true);
  });

  it('backs up the file as opened, and adds no backup for a session that changed nothing', async () => {
    const dir = join(await tempDir(), 'nb');
    const first = await sessionAt(dir);
    await first.importText('Harbour fees rise\n\nThe port raised fees by 4%.');
    await first.close();
    const backupDir = join(dir, 'backups');
    const afterEdit = (await readdir(backupDir)).length;

    await (await sessionAt(dir)).close();
    expect((await readdir(backupDir)).length).toBe(afterEdit);

    // Edited outside the app (another copy synced in): that version becomes a restore point.
    const text = await readFile(join(dir, 'notebook.json'), 'utf8');
    const outside = text.replace('"name":"nb"', '"name":"Harbour desk"');
    expect(outside).not.toBe(text);
    await writeFile(join(dir, 'notebook.json'), outside);
    const third = await NotebookStore.open(dir);
    await third.close();
    const contents = await Promise.all(
      (await readdir(backupDir)).map((b) => readFile(join(backupDir, b), 'utf8')),
    );
    // A backup is the whole notebook, sources included (they are not in notebook.json).
    expect(contents.some((c) => c.includes('"name":"Harbour desk"') && c.includes('Harbour fees rise'))).toBe(
      true,
    );
  });

  it('backs up the file as opened before the first save of the session, even within the first seconds', async () => {
    const dir = join(await tempDir(), 'nb');
    await (await sessionAt(dir)).close();
    const text = await readFile(join(dir, 'notebook.json'), 'utf8');
    const outside = text.replace('"name":"nb"', '"name":"Synced copy"');
    await writeFile(join(dir, 'notebook.json'), outside);
    const store = await NotebookStore.open(dir);
    // The check of the opened file waits a few seconds; this save comes at once and must not overtake it.
    await store.mutate((file) => {
      file.notebook.name = 'Renamed at once';
    });
    const backupDir = join(dir, 'backups');
    const contents = await Promise.all(
      (await readdir(backupDir)).map((b) => readFile(join(backupDir, b), 'utf8')),
    );
    expect(contents.some((c) => c.includes('"name":"Synced copy"'))).toBe(true);
    await store.close();
  });

  it('restores a damaged notebook.json from the newest valid backup and says so', async () => {
    const dir = join(await tempDir(), 'nb');
    const session = await sessionAt(dir);
    await session.importText('Budget vote delayed.\nCouncillors want more time.');
    await session.close();
    const backupDir = join(dir, 'backups');
    // A newer backup that is itself damaged must be skipped.
    await writeFile(join(backupDir, 'notebook-99991231T235959999Z-1.json'), '{"schemaVersion":1,');
    await writeFile(join(dir, 'notebook.json'), '{"schemaVersion": 1, "notebook": {"id": ');

    const reopened = await NotebookStore.open(dir);
    expect(reopened.sources().map((s) => s.title)).toEqual(['Budget vote delayed.']);
    expect(reopened.notices[0]).toMatch(/damaged.*restored from the backup made/);
    expect((await readdir(dir)).some((n) => n.startsWith('notebook.json.damaged-'))).toBe(true);
    await reopened.close();
  });

  it('refuses a damaged notebook with no usable backup, clearly', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notebook.json'), 'not json at all');
    await expect(NotebookStore.open(dir)).rejects.toMatchObject({
      code: 'NOTEBOOK_DAMAGED',
      message: expect.stringMatching(/no usable backup/),
    });
  });

  it('refuses a notebook written by a newer version', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notebook.json'), JSON.stringify({ schemaVersion: 99 }));
    await expect(NotebookStore.open(dir)).rejects.toMatchObject({ code: 'NOTEBOOK_TOO_NEW' });
  });

  it('refuses a second writer on the same notebook with a clear message', async () => {
    const dir = join(await tempDir(), 'nb');
    const first = await NotebookStore.open(dir, { create: true });
    await expect(NotebookStore.open(dir)).rejects.toMatchObject({
      code: 'NOTEBOOK_LOCKED',
      message: expect.stringMatching(/already open in another window or program/),
    });
    await first.close();
    const again = await NotebookStore.open(dir);
    await again.close();
  });

  it('takes over a stale lock left by a process that no longer exists', async () => {
    const dir = join(await tempDir(), 'nb');
    await (await NotebookStore.open(dir, { create: true })).close();
    const { hostname } = await import('node:os');
    await writeFile(
      join(dir, '.lock'),
      JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), createdAt: '' }),
    );
    const store = await NotebookStore.open(dir);
    expect(store.sources()).toEqual([]);
    await store.close();
  });

  it('coalesces changes made together into fewer saves, each durable', async () => {
    const dir = join(await tempDir(), 'nb');
    const session = await sessionAt(dir);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => session.importText(`Item ${i} of the list.\nMore text ${i}.`)),
    );
    expect(new Set(results.map((r) => r.sourceId)).size).toBe(20);
    expect(await sourcesOnDisk(dir)).toHaveLength(20);
    await session.close();
  });

  it('does not open a folder that is not a notebook unless asked to create one', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'photos'));
    await expect(NotebookStore.open(dir)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

it('catches duplicates imported at the same moment', async () => {
  const session = await NotebookSession.open({ notebookDir: join(await tempDir(), 'nb'), userDataDir: null });
  const text = 'Twin story\n\nThe same words arrive twice in one folder import, a second apart.';
  const results = await Promise.all([
    session.importText(text),
    session.importText(text),
    session.importText(text),
  ]);
  expect(results.map((r) => r.status).sort()).toEqual(['duplicate', 'duplicate', 'imported']);
  expect(session.notebook.sources()).toHaveLength(1);
  await session.close();
});
