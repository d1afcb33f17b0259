import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentNotebooks } from './recentNotebooks';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-recent-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('RecentNotebooks', () => {
  it('puts the notebook opened last first, once, and keeps it across instances', async () => {
    const recent = new RecentNotebooks(join(dir, 'user-data'));
    await recent.remember({ path: '/n/a', name: 'A' });
    await recent.remember({ path: '/n/b', name: 'B' });
    await recent.remember({ path: '/n/a', name: 'A' });
    const listed = await new RecentNotebooks(join(dir, 'user-data')).list();
    expect(listed.map((r) => r.path)).toEqual(['/n/a', '/n/b']);
  });

  it('keeps ten at most', async () => {
    const recent = new RecentNotebooks(dir);
    for (let i = 0; i < 12; i++) await recent.remember({ path: `/n/${i}`, name: `N${i}` });
    const listed = await recent.list();
    expect(listed).toHaveLength(10);
    expect(listed[0]?.path).toBe('/n/11');
  });

  it.each([
    ['not JSON', '{'],
    ['the wrong shape', '[{"path": 3}]'],
  ])('reads a file that is %s as an empty list', async (_name, content) => {
    await writeFile(join(dir, 'recent-notebooks.json'), content);
    expect(await new RecentNotebooks(dir).list()).toEqual([]);
  });

  it('remembers nothing without a user-data folder (the CLI)', async () => {
    const recent = new RecentNotebooks(null);
    expect(await recent.remember({ path: '/n/a', name: 'A' })).toEqual([]);
    expect(await recent.list()).toEqual([]);
  });
});
