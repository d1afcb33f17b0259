import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const configHome = join(tmpdir(), `rn-vitest-config-${process.pid}`);

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // Time limits only end a test that never finishes; no test is timed. Imports are read in parser
    // workers, and the first one in a test file starts a worker, which loads the TypeScript sources
    // through tsx, often inside a beforeAll. At load 24 (one run, 7 Dec) tests that start workers or
    // child processes took 20-28 s, so a 30 s limit failed them whenever two runs went at once.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The CLI signs packets with a key in the user-data folder; tests keep theirs out of the real one,
    // in a folder of this run's own (two runs at once must not share keys), removed at the end.
    env: { XDG_CONFIG_HOME: configHome },
    globalSetup: ['test/support/vitestRun.ts'],
  },
});
