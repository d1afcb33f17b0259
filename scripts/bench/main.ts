import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSuite } from './browserSuite';
import { foundationSuite } from './foundationSuite';
import { highlightSuite } from './highlightSuite';
import { importSuite } from './importSuite';
import { packetSuite } from './packetSuite';
import { quoteSuite } from './quoteSuite';
import { searchSuite } from './searchSuite';
import { similaritySuite } from './similaritySuite';
import type { Figure } from './measure';

/** `npm run bench [-- --json]`: generates its own corpus, prints a table; with --json the last line is one object. */
async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const workDir = await mkdtemp(join(tmpdir(), 'rn-bench-'));
  const figures: Figure[] = [];
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
    ];
    // `--only=browser,search` runs just those suites (names without "Suite").
    const only = process.argv
      .find((a) => a.startsWith('--only='))
      ?.slice('--only='.length)
      .split(',');
    for (const suite of suites.filter((f) => !only || only.includes(f.name.replace(/Suite$/, ''))))
      figures.push(...(await suite(workDir)));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  console.log(['key'.padEnd(24), 'value'.padStart(10), 'unit'.padEnd(5), 'budget'].join('  '));
  for (const f of figures) {
    console.log([f.key.padEnd(24), String(f.value).padStart(10), f.unit.padEnd(5), f.budget].join('  '));
  }
  if (json) console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.key, f.value]))));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
