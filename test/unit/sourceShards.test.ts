import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookStore } from '../../electron/store/notebookStore';
import { shardKeyOf } from '../../electron/store/shardKey';
import type { Source } from '../../shared/model';
import { sourcesOnDisk } from './helpers/sourcesOnDisk';
import { tempDir } from './helpers/tempDir';

/** A notebook written by the format-1 app (sources inside notebook.json): two pasted articles. */
const V1 = join(__dirname, '../fixtures/notebooks/v1-notebook');

async function v1Copy(): Promise<{ dir: string; original: string; sources: Source[] }> {
  const dir = join(await tempDir(), 'nb');
  await cp(V1, dir, { recursive: true });
  const original = await readFile(join(dir, 'notebook.json'), 'utf8');
  return { dir, original, sources: (JSON.parse(original) as { sources: Source[] }).sources };
}

const onDiskNotebook = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'notebook.json'), 'utf8')) as Record<string, unknown>;

describe('sources kept in shards (format 2)', () => {
  it('migrates a format-1 notebook: every source into its shard, notebook.json without them, a backup of the old file', async () => {
    const { dir, original, sources } = await v1Copy();
    const store = await NotebookStore.open(dir);
    expect(store.sources()).toEqual(sources);
    expect(store.notices.join(' ')).toMatch(/upgraded from format 1 to 2/);
    expect(await store.readText(sources[0] as Source)).toContain('three cracks');
    await store.close();

    expect(await onDiskNotebook(dir)).toMatchObject({ schemaVersion: 2, sources: [], sourcesIn: 'shards' });
    const shardFiles = (await readdir(join(dir, 'sources'))).filter((n) => n !== 'digests.json').sort();
    expect(shardFiles).toEqual([...new Set(sources.map((s) => `${shardKeyOf(s.id)}.json`))].sort());
    const backups = await readdir(join(dir, 'backups'));
    const contents = await Promise.all(backups.map((b) => readFile(join(dir, 'backups', b), 'utf8')));
    expect(contents).toContain(original);

    const reopened = await NotebookStore.open(dir);
    expect(reopened.sources()).toEqual(sources);
    expect(reopened.notices).toEqual([]);
    await reopened.close();
  });

  it('a migration cut short after the shards (notebook.json still format 1) runs again, no source lost or doubled', async () => {
    const { dir, original, sources } = await v1Copy();
    const failing = NotebookStore.open(dir, {
      hooks: {
        beforeRename: (temp) => {
          if (temp.includes('notebook.json')) throw new Error('power cut');
        },
      },
    });
    await expect(failing).rejects.toThrow(/power cut/);
    expect(await readFile(join(dir, 'notebook.json'), 'utf8')).toBe(original);
    expect(await sourcesOnDisk(dir)).toHaveLength(sources.length);

    const store = await NotebookStore.open(dir);
    expect(store.sources()).toEqual(sources);
    await store.close();
    expect((await sourcesOnDisk(dir)).map((s) => s.id).sort()).toEqual(sources.map((s) => s.id).sort());
  });

  it('a save rewrites only the shard of the source it changed', async () => {
    const { dir, sources } = await v1Copy();
    const store = await NotebookStore.open(dir);
    const [first, second] = sources as [Source, Source];
    expect(shardKeyOf(first.id)).not.toBe(shardKeyOf(second.id));
    const written: string[] = [];
    const hooked = await reopenWithHooks(store, dir, written);
    await hooked.replace('sources', { ...first, title: 'Quay wall survey (revised)' });
    expect(written.filter((p) => p.includes('sources'))).toHaveLength(1);
    expect(written.some((p) => p.includes(`${shardKeyOf(first.id)}.json`))).toBe(true);
    expect(written.some((p) => p.includes('notebook.json'))).toBe(true);
    await hooked.close();
    expect((await sourcesOnDisk(dir)).find((s) => s.id === first.id)?.title).toBe(
      'Quay wall survey (revised)',
    );
  });

  it('removes a source from its shard', async () => {
    const { dir, sources } = await v1Copy();
    const store = await NotebookStore.open(dir);
    const [first, second] = sources as [Source, Source];
    await store.removeSource(second.id);
    await store.close();
    expect((await sourcesOnDisk(dir)).map((s) => s.id)).toEqual([first.id]);
  });

  it('restores a damaged notebook.json from an older backup and keeps the sources added since (in their shards)', async () => {
    const { dir, sources } = await v1Copy();
    const first = await NotebookStore.open(dir);
    await first.close();
    const older = new Set(await readdir(join(dir, 'backups')));
    const store = await NotebookStore.open(dir);
    const added = {
      ...(sources[0] as Source),
      id: '01a252c7-6000-7000-8000-000000000001',
      title: 'Added later',
    };
    await store.add('sources', added);
    await store.close();
    // Only backups from before the new source are left, and notebook.json is damaged.
    for (const name of await readdir(join(dir, 'backups')))
      if (!older.has(name)) await rm(join(dir, 'backups', name));
    await writeFile(join(dir, 'notebook.json'), '{"schemaVersion": 2, "notebook": {');

    const restored = await NotebookStore.open(dir);
    expect(restored.notices.join(' ')).toMatch(/restored from the backup/);
    expect(
      restored
        .sources()
        .map((s) => s.title)
        .sort(),
    ).toEqual([...sources.map((s) => s.title), 'Added later'].sort());
    await restored.close();
    expect(await sourcesOnDisk(dir)).toHaveLength(3);
  });

  it('refuses to change a value inside a saved source in place, which no save would notice', async () => {
    const { dir } = await v1Copy();
    const store = await NotebookStore.open(dir);
    await expect(
      store.mutate((file) => {
        file.sources[0]?.tags.push('harbour');
      }),
    ).rejects.toThrow(TypeError);
    await store.close();
  });
});

/** Closes `store` and opens the folder again, recording the path of every durable write's temp file. */
async function reopenWithHooks(store: NotebookStore, dir: string, written: string[]): Promise<NotebookStore> {
  await store.close();
  return NotebookStore.open(dir, { hooks: { beforeRename: (temp) => void written.push(temp) } });
}

it('after a failed save, the next save writes every source again', async () => {
  const { dir, sources } = await v1Copy();
  let fail = false;
  const store = await NotebookStore.open(dir, {
    hooks: {
      beforeRename: (temp) => {
        if (fail && temp.includes(`${shardKeyOf(sources[0]?.id ?? '')}.json`)) throw new Error('disk full');
      },
    },
  });
  const [first] = sources as [Source];
  fail = true;
  await expect(store.replace('sources', { ...first, title: 'Lost for now' })).rejects.toThrow(/disk full/);
  fail = false;
  await store.replaceRatings({ sources: [], outlets: [] });
  await store.close();
  expect((await sourcesOnDisk(dir)).find((s) => s.id === first.id)?.title).toBe('Lost for now');
});
