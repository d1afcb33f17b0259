import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { Backups } from './backups';
import { sha256Hex } from './blobStore';

describe('Backups.newestIs', () => {
  it('is true only for the newest backup’s exact bytes', async () => {
    const backups = new Backups(join(await tempDir(), 'backups'));
    const older = '{"notebook":"older"}';
    const newest = '{"notebook":"newer"}';
    expect(await backups.newestIs(sha256Hex(newest), newest.length)).toBe(false);
    await backups.add(older, () => true, new Date(Date.UTC(2026, 0, 1)));
    await backups.add(newest, () => true, new Date(Date.UTC(2026, 0, 2)));
    expect(await backups.newestIs(sha256Hex(newest), newest.length)).toBe(true);
    expect(await backups.newestIs(sha256Hex(older), older.length)).toBe(false);
    expect(await backups.newestIs(sha256Hex(newest), newest.length + 1)).toBe(false);
    const sameSize = newest.replace('newer', 'other');
    expect(await backups.newestIs(sha256Hex(sameSize), sameSize.length)).toBe(false);
  });
});
