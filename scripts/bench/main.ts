import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSuite } from './browserSuite';
import { claimsSuite } from './claimsSuite';
import { foundationSuite } from './foundationSuite';
import { highlightSuite } from './highlightSuite';
import { importSuite } from './importSuite';
import { packetSuite } from './packetSuite';
import { quoteSuite } from './quoteSuite';
import { responsivenessSuite } from './responsivenessSuite';
import { scaleSuite } from './scaleSuite';
import { searchSuite } from './searchSuite';
import { similaritySuite } from './similaritySuite';
import { syncSuite } from './syncSuite';
import type { Figure } from './measure';

/** `npm run bench [-- --json]`: generates its own corpus, prints a table; with --json the last line is one object. */
async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  // RN_BENCH_DIR keeps the generated notebooks (e.g. the 100,000-source one) for another run.
  const keep = process.env.RN_BENCH_DIR;
  const workDir = keep ?? (await mkdtemp(join(tmpdir(), 'rn-bench-')));
  const figures: Figure[] = [];
  if (keep) await mkdir(keep, { recursive: true });
  try {
    // The browser suite goes first: after the others this process holds ~750 MB, and typing measured
    // 14-17 ms at p95 instead of 12 (Chromium shares the two cores with this process's collector).
    const suites = [
      browserSuite,
      foundationSuite,
      importSuite,
      similaritySuite,
      searchSuite,
      highlightSuite,
      packetSuite,
      quoteSuite,
      responsivenessSuite,
      claimsSuite,
    ];
    // `--only=browser,search` runs just those suites (names without "Suite").
    const only = process.argv
      .find((a) => a.startsWith('--only='))
      ?.slice('--only='.length)
      .split(',');
    // The 100,000-source suite takes many minutes and gigabytes, and the sync suite builds and shares
    // its own 1,000-source notebook with a server in another process: only when asked for by name.
    const chosen = only
      ? [...suites, scaleSuite, syncSuite].filter((f) => only.includes(f.name.replace(/Suite$/, '')))
      : suites;
    for (const suite of chosen) figures.push(...(await suite(workDir)));
  } finally {
    if (!keep) await rm(workDir, { recursive: true, force: true });
  }
  console.log(['key'.padEnd(44), 'value'.padStart(10), 'unit'.padEnd(5), 'budget'].join('  '));
  for (const f of figures) {
    console.log([f.key.padEnd(44), String(f.value).padStart(10), f.unit.padEnd(5), f.budget].join('  '));
  }
  if (json) console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.key, f.value]))));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
