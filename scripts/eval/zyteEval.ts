// `npm run eval:extract -- --ground-truth DIR`: the Zyte article-extraction benchmark's layout and metric
// (see shingleScore.ts and README "Measuring extraction"). Ours and plain Readability side by side.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ours, plainReadability, type Extracted } from './extractors';
import { loadGroundTruth, type PageCase } from './loadCases';
import { sameTokens, shingleCounts, shinglePrf, type ShingleCounts } from './shingleScore';

export interface GroundTruthOptions {
  worst?: number;
  saveRun?: string;
  json: boolean;
  plainCache?: string;
  /** Folder to write `ours.json` and `plain_readability.json` in the benchmark's output format. */
  writeOutputs?: string;
}

interface Side {
  out: Extracted;
  counts: ShingleCounts;
  exact: boolean;
}

interface PageRun {
  c: PageCase;
  ours: Side;
  plain: Side;
}

const fmt = (n: number) => n.toFixed(3);
const side = (c: PageCase, out: Extracted): Side => ({
  out,
  counts: shingleCounts(out.text, c.expected),
  exact: sameTokens(out.text, c.expected),
});
const pagePr = ({ tp, fp, fn }: ShingleCounts) =>
  `P ${fmt(tp + fp === 0 ? 0 : tp / (tp + fp))} R ${fmt(tp + fn === 0 ? 0 : tp / (tp + fn))}`;

function summary(runs: PageRun[], pick: (r: PageRun) => Side) {
  const sides = runs.map(pick);
  return {
    ...shinglePrf(
      sides.map((s) => s.counts),
      sides.filter((s) => s.exact).length,
    ),
    refused: sides.filter((s) => s.out.refused || s.out.text.trim() === '').length,
  };
}

function readCache(path: string | undefined): Record<string, Extracted> {
  return path && existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, Extracted>)
    : {};
}

function writeOutputs(runs: PageRun[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  const dump = (pick: (r: PageRun) => Side) =>
    JSON.stringify(Object.fromEntries(runs.map((r) => [r.c.name, { articleBody: pick(r).out.text }])));
  writeFileSync(
    join(dir, 'ours.json'),
    dump((r) => r.ours),
  );
  writeFileSync(
    join(dir, 'plain_readability.json'),
    dump((r) => r.plain),
  );
}

/** Pages where we lose the most recall against plain Readability, then where we keep the most extra text. */
function printWorst(runs: PageRun[], n: number): void {
  const recall = (s: Side) => s.counts.tp / Math.max(1e-9, s.counts.tp + s.counts.fn);
  const precision = (s: Side) => s.counts.tp / Math.max(1e-9, s.counts.tp + s.counts.fp);
  const show = (label: string, gap: (r: PageRun) => number) => {
    console.log(`\n${label}:`);
    for (const r of [...runs].sort((x, y) => gap(y) - gap(x)).slice(0, n)) {
      if (gap(r) <= 0) break;
      console.log(
        `  ${r.c.name} ours ${pagePr(r.ours.counts)} | plain ${pagePr(r.plain.counts)}${r.ours.out.note ? ` (${r.ours.out.note})` : ''}`,
      );
    }
  };
  show('recall we lose against plain Readability', (r) => recall(r.plain) - recall(r.ours));
  show('lowest precision (ours)', (r) => 1 - precision(r.ours));
}

/** `--save-run FILE`: lists pages whose score moved since the run saved in FILE, then saves this run. */
function saveRun(runs: PageRun[], path: string): void {
  const now = Object.fromEntries(runs.map((r) => [r.c.name, r.ours.counts]));
  const before = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, ShingleCounts>)
    : {};
  for (const [name, counts] of Object.entries(now)) {
    const old = before[name];
    if (old && (Math.abs(old.tp - counts.tp) > 0.001 || Math.abs(old.fp - counts.fp) > 0.001))
      console.log(`  ${name}: ${pagePr(old)} -> ${pagePr(counts)}`);
  }
  writeFileSync(path, JSON.stringify(now));
}

export function runGroundTruth(dir: string, options: GroundTruthOptions): void {
  const cases = loadGroundTruth(dir);
  const started = performance.now();
  const mine = cases.map((c) => ours(c.html));
  const seconds = (performance.now() - started) / 1000;
  const cached = readCache(options.plainCache);
  const runs = cases.map((c, i) => ({
    c,
    ours: side(c, mine[i]!),
    plain: side(c, (cached[c.name] ??= plainReadability(c.html))),
  }));
  if (options.plainCache) writeFileSync(options.plainCache, JSON.stringify(cached));
  if (options.writeOutputs) writeOutputs(runs, options.writeOutputs);
  if (options.saveRun) saveRun(runs, options.saveRun);
  if (options.worst) printWorst(runs, options.worst);
  const result = {
    pages: cases.length,
    ours: summary(runs, (r) => r.ours),
    plain: summary(runs, (r) => r.plain),
    oursPagesPerSecond: cases.length / seconds,
  };
  if (options.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const show = (label: string, s: typeof result.ours) =>
    `${label.padEnd(6)} F1 ${fmt(s.f1)}  precision ${fmt(s.precision)}  recall ${fmt(s.recall)}  exact ${fmt(s.exact)} | refused ${s.refused}`;
  console.log(
    `${cases.length} pages from ${dir} (4-token shingles, averaged over pages; ours ${fmt(result.oursPagesPerSecond)} pages/s)`,
  );
  console.log(show('ours', result.ours));
  console.log(show('plain', result.plain));
}
