import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { ProblemLog, problemLogPath } from './problemLog';

describe('ProblemLog', () => {
  it('appends one dated line per problem under logs/ in the user-data folder', async () => {
    const userData = await tempDir();
    const log = new ProblemLog(problemLogPath(userData));
    log.append('save the near-duplicate cache', new Error('EACCES: permission\ndenied'), new Date(0));
    log.append('write a backup', 'disk full', new Date(1000));
    await log.idle();
    expect(await readFile(join(userData, 'logs', 'research-notebook.log'), 'utf8')).toBe(
      '1970-01-01T00:00:00.000Z could not save the near-duplicate cache: Error: EACCES: permission denied\n' +
        '1970-01-01T00:00:01.000Z could not write a backup: disk full\n',
    );
  });

  it('stays bounded: past the limit the log moves to .1 and a new one starts', async () => {
    const path = join(await tempDir(), 'logs', 'research-notebook.log');
    const log = new ProblemLog(path, 200);
    for (let i = 0; i < 6; i++) log.append(`step ${i}`, new Error('x'.repeat(40)), new Date(0));
    await log.idle();
    const current = await readFile(path, 'utf8');
    const older = await readFile(`${path}.1`, 'utf8');
    expect(current.length).toBeLessThanOrEqual(200);
    expect(older.length).toBeLessThanOrEqual(200);
    expect(current).toContain('step 5');
  });
});
