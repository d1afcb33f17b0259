// Fault-injection soak: `npm run soak -- --kills N`. Starts the web host on a temp notebook, writes
// through the HTTP API, kill -9s it at random moments, restarts it and checks that every acknowledged
// write is still there, that every file reads back, and that no temp file of a killed process is left.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findLost, scanFolder } from './checks';
import { bundleHost, call, killHard, startHost, type RunningHost } from './host';
import { rng } from '../../shared/testing/rng';
import { emptyLedger } from './ledger';
import { writeUntilKilled } from './workload';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'max-delay-ms': { type: 'string', default: '1500' },
    'full-every': { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
  },
});
const kills = Number(values.kills);
const seed = Number(values.seed);
const maxDelay = Number(values['max-delay-ms']);
const fullEvery = Number(values['full-every']);
if (!Number.isInteger(kills) || kills < 1) throw new Error('--kills must be a whole number of at least 1');

const rand = rng(seed);
const ledger = emptyLedger();
const dir = await mkdtemp(join(tmpdir(), 'rn-soak-'));
const notebook = join(dir, 'notebook');
const userData = join(dir, 'user-data');
const lost = new Set<string>();
const unreadable = new Set<string>();
const notices = new Set<string>();
let tempLeftMax = 0;
let tempLeftRestarts = 0;
let tempLeftFinal = 0;
/** Where temp files were found after restarts: folder → how many, over all restarts. */
const tempFolders: Record<string, number> = {};
let startupKills = 0;
let refused = 0;
let firstRefusal: string | null = null;
let tokenCount = 0;
let lastScan = 0;
const began = Date.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** After a (re)start: temp files of killed processes, damaged files, and the writes since the last check. */
async function check(host: RunningHost, full: boolean): Promise<void> {
  const target = await host.ready;
  const scanStart = Date.now();
  const scan = await scanFolder(notebook, full ? 0 : lastScan, host.pid);
  lastScan = scanStart - 2000;
  scan.unreadable.forEach((u) => unreadable.add(u));
  tempLeftFinal = scan.temps.length;
  for (const t of scan.temps) {
    const folder = t.includes('/') ? t.slice(0, t.indexOf('/')) : '.';
    tempFolders[folder] = (tempFolders[folder] ?? 0) + 1;
  }
  tempLeftMax = Math.max(tempLeftMax, scan.temps.length);
  if (scan.temps.length > 0) tempLeftRestarts += 1;
  (await findLost(target, ledger, full ? undefined : ledger.fresh)).forEach((l) => lost.add(l));
  ledger.fresh.clear();
  const info = await call(target.base, target.token, 'getNotebookInfo', {});
  if (info.ok) (info.value as { notices: string[] }).notices.forEach((n) => notices.add(n));
}

await bundleHost();
let host = startHost(notebook, userData);
await host.ready;
for (let k = 1; k <= kills; k++) {
  if (rand() < 0.1) {
    // Some kills land while the host is opening the notebook.
    await sleep(rand() * 400);
    startupKills += 1;
  } else {
    const target = await host.ready;
    await check(host, k % fullEvery === 0);
    const writing = writeUntilKilled(target, ledger, rand, () => `k${k}t${++tokenCount}`);
    await sleep(50 + rand() * maxDelay);
    await killHard(host);
    const outcome = await writing;
    refused += outcome.refused;
    firstRefusal ??= outcome.firstRefusal;
    host = startHost(notebook, userData);
    if (k % 25 === 0) progress(k);
    continue;
  }
  await killHard(host);
  host = startHost(notebook, userData);
  if (k % 25 === 0) progress(k);
}

function progress(k: number): void {
  const minutes = (Date.now() - began) / 60_000;
  process.stderr.write(
    `soak: ${k}/${kills} kills, ${ledger.acknowledged} acknowledged, ${lost.size} lost, ${unreadable.size} unreadable, ` +
      `${tempLeftMax} temp files at most after a restart (${(k / minutes).toFixed(1)} kills/min)\n`,
  );
}

await host.ready;
await check(host, true);
host.child.kill('SIGTERM');
await host.exited;
const seconds = Math.round((Date.now() - began) / 1000);
const summary = {
  kills,
  startupKills,
  acknowledged: ledger.acknowledged,
  lost: lost.size,
  unreadable: unreadable.size,
  tempFilesLeft: tempLeftFinal,
  tempFilesLeftMax: tempLeftMax,
  restartsWithTempFiles: tempLeftRestarts,
  tempFilesByFolder: tempFolders,
  refusedCalls: refused,
  notices: [...notices],
  seconds,
  killsPerMinute: Math.round((kills / seconds) * 600) / 10,
  seed,
};
for (const l of [...lost].slice(0, 20)) console.error(`lost: ${l}`);
for (const u of [...unreadable].slice(0, 20)) console.error(`unreadable: ${u}`);
if (firstRefusal) console.error(`first refused call: ${firstRefusal}`);
console.log(
  `Soak: ${kills} kills (${startupKills} during start-up), ${summary.acknowledged} acknowledged writes, ` +
    `${summary.lost} lost, ${summary.unreadable} unreadable files, ${tempLeftFinal} temp files left after the last restart ` +
    `(at most ${tempLeftMax} after any restart), ${seconds} s.`,
);
console.log(JSON.stringify(summary));
if (!values.keep) await rm(dir, { recursive: true, force: true });
else console.error(`notebook kept at ${notebook}`);
process.exit(summary.lost + summary.unreadable + tempLeftMax > 0 ? 1 : 0);
