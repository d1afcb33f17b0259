import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { namedFiles, uncovered } from './uncovered';

const root = mkdtempSync(join(tmpdir(), 'rn-tscover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('typecheck coverage', () => {
  it('reads the files a tsconfig names, honouring exclude', () => {
    mkdirSync(join(root, 'src'));
    for (const name of ['a.ts', 'b.ts', 'c.test.ts']) writeFileSync(join(root, 'src', name), 'export {};\n');
    writeFileSync(
      join(root, 'tsconfig.json'),
      JSON.stringify({ include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts'] }),
    );
    expect(namedFiles(join(root, 'tsconfig.json')).map((f) => f.slice(root.length + 1))).toEqual([
      'src/a.ts',
      'src/b.ts',
    ]);
  });

  it.each([
    { files: ['/r/a.ts', '/r/b.ts'], named: [['/r/a.ts'], ['/r/b.ts']], missing: [] },
    { files: ['/r/a.ts', '/r/x/b.ts'], named: [['/r/a.ts']], missing: ['x/b.ts'] },
    { files: ['/r/z.ts', '/r/a.ts'], named: [], missing: ['a.ts', 'z.ts'] },
  ])('lists the files no config names: $missing', ({ files, named, missing }) => {
    expect(uncovered(files, named, '/r')).toEqual(missing);
  });
});
