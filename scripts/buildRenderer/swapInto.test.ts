import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { swapInto } from './swapInto';

async function folderWith(dir: string, text: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), text);
  return dir;
}

describe('swapInto', () => {
  it('puts the new build in place of the old one and leaves nothing else behind', async () => {
    const root = await tempDir();
    const target = await folderWith(join(root, 'renderer'), 'old');
    await swapInto(await folderWith(join(root, '.renderer-1'), 'new'), target);
    expect(await readFile(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(await readdir(root)).toEqual(['renderer']);
  });

  it('works when there is no build yet', async () => {
    const root = await tempDir();
    await swapInto(await folderWith(join(root, '.renderer-1'), 'first'), join(root, 'renderer'));
    expect(await readFile(join(root, 'renderer', 'index.html'), 'utf8')).toBe('first');
  });

  it('lets two builds finishing at once both succeed, leaving one whole build in place', async () => {
    const root = await tempDir();
    const target = await folderWith(join(root, 'renderer'), 'old');
    const a = await folderWith(join(root, '.renderer-a'), 'a');
    const b = await folderWith(join(root, '.renderer-b'), 'b');
    await Promise.all([swapInto(a, target), swapInto(b, target)]);
    expect(['a', 'b']).toContain(await readFile(join(target, 'index.html'), 'utf8'));
    expect(await readdir(root)).toEqual(['renderer']);
  });
});
