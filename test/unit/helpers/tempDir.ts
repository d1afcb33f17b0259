import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openNotebooks } from '../../../electron/store/openNotebooks';

const made: string[] = [];

/** A fresh folder removed after the test. */
export async function tempDir(prefix = 'rn-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  const dirs = made.splice(0);
  // A notebook a test left open is closed first, which waits for its background writes:
  // nothing can still be writing into a folder as it is removed.
  for (const dir of dirs) await openNotebooks.closeUnder(dir);
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});
