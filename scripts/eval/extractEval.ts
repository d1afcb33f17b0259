// Usage:
//   npm run eval:extract -- DIR [--worst N] [--json]
//   npm run eval:extract -- --snippets path/to/evaldata.json [--pages DIR ...] [--json]
//     [--worst N] [--every K] [--plain-cache FILE] [--save-run FILE: list pages changed since the last run]
//   npm run eval:extract -- --ground-truth DIR [--worst N] [--save-run FILE] [--plain-cache FILE]
//     [--write-outputs DIR] [--json]   (Zyte benchmark layout and metric; see zyteEval.ts)
// Scores our HTML extraction and plain Readability side by side. See README ("Measuring extraction").
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ours, plainReadability, type Extracted } from './extractors';
import { loadFolder, loadSnippets, type PageCase, type SnippetCase } from './loadCases';
import { runGroundTruth } from './zyteEval';
import { pool, scoreSnippets, scoreWords, snippetPrf, type WordScore } from './scoreText';

interface Row {
  name: string;
  lang: string;
  ours: WordScore;
  plain: WordScore;
  oursRefused: boolean;
  plainRefused: boolean;
  note: string | null;
}

const fmt = (n: number) => n.toFixed(3);
// Scores already carry precision, recall and F1.
const prf = (s: WordScore) => s;
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const json = process.argv.includes('--json');

function line(label: string, rows: Row[]): string {
  const o = prf(pool(rows.map((r) => r.ours)));
  const p = prf(pool(rows.map((r) => r.plain)));
  const mean = (pick: (r: Row) => WordScore) => rows.reduce((n, r) => n + prf(pick(r)).f1, 0) / rows.length;
  return [
    label.padEnd(8),
    String(rows.length).padStart(4),
    `ours P ${fmt(o.precision)} R ${fmt(o.recall)} F1 ${fmt(o.f1)} (mean ${fmt(mean((r) => r.ours))})`,
    `| plain P ${fmt(p.precision)} R ${fmt(p.recall)} F1 ${fmt(p.f1)} (mean ${fmt(mean((r) => r.plain))})`,
    `| refused ${rows.filter((r) => r.oursRefused).length} vs ${rows.filter((r) => r.plainRefused).length}`,
  ].join('  ');
}

function runFolder(dir: string): void {
  const cases = loadFolder(dir);
  const started = performance.now();
  const rows = cases.map((c: PageCase): Row => {
    const a: Extracted = ours(c.html, c.url);
    const b = plainReadability(c.html);
    return {
      name: c.name,
      lang: c.lang,
      ours: scoreWords(a.text, c.expected),
      plain: scoreWords(b.text, c.expected),
      oursRefused: a.refused,
      plainRefused: b.refused,
      note: a.note ?? null,
    };
  });
  const seconds = (performance.now() - started) / 1000;
  if (json) {
    const summary = (rs: Row[]) => ({
      pages: rs.length,
      ours: prf(pool(rs.map((r) => r.ours))),
      plain: prf(pool(rs.map((r) => r.plain))),
      oursRefused: rs.filter((r) => r.oursRefused).length,
      plainRefused: rs.filter((r) => r.plainRefused).length,
    });
    const langs = [...new Set(rows.map((r) => r.lang))].sort();
    const perLanguage = Object.fromEntries(langs.map((l) => [l, summary(rows.filter((r) => r.lang === l))]));
    console.log(JSON.stringify({ pooled: summary(rows), perLanguage, seconds }, null, 2));
    return;
  }
  console.log(
    `${cases.length} pages from ${dir} (bag-of-words, pooled over pages; both pipelines: ${fmt(seconds)} s)`,
  );
  console.log(line('all', rows));
  for (const lang of [...new Set(rows.map((r) => r.lang))].sort())
    console.log(
      line(
        lang,
        rows.filter((r) => r.lang === lang),
      ),
    );
  const worst = Number(arg('--worst') ?? 8);
  const ranked = [...rows].sort((x, y) => prf(x.ours).f1 - prf(y.ours).f1).slice(0, worst);
  console.log(`\nlowest F1 (ours):`);
  for (const r of ranked) {
    const o = prf(r.ours);
    const p = prf(r.plain);
    console.log(
      `  ${r.name.padEnd(36)} ours P ${fmt(o.precision)} R ${fmt(o.recall)} | plain P ${fmt(p.precision)} R ${fmt(p.recall)}${r.note ? ` (${r.note})` : ''}${r.oursRefused ? ' REFUSED' : ''}`,
    );
  }
}

function runSnippets(jsonPath: string): void {
  const extra = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--pages' ? [a] : []));
  const dirs =
    extra.length > 0
      ? extra
      : [join(dirname(jsonPath), 'tests/eval'), join(dirname(jsonPath), 'tests/cache')];
  // `--every K` scores every K-th page only: a quick look while iterating on the 990-page set.
  const every = Math.max(1, Number(arg('--every') ?? 1));
  const cases = loadSnippets(jsonPath, dirs).filter((_, i) => i % every === 0);
  const started = performance.now();
  const a = cases.map((c) => ({ c, out: ours(c.html) }));
  const oursSeconds = (performance.now() - started) / 1000;
  // `--plain-cache FILE` keeps plain Readability's readings between runs: they never change.
  const cachePath = arg('--plain-cache');
  const cached: Record<string, Extracted> =
    cachePath && existsSync(cachePath)
      ? (JSON.parse(readFileSync(cachePath, 'utf8')) as Record<string, Extracted>)
      : {};
  const b = cases.map((c) => ({ c, out: (cached[c.name] ??= plainReadability(c.html)) }));
  if (cachePath) writeFileSync(cachePath, JSON.stringify(cached));
  if (arg('--worst')) printWorstSnippets(a, b, Number(arg('--worst')));
  if (arg('--save-run')) saveRun(a, arg('--save-run')!);
  const score = (runs: typeof a) => ({
    ...snippetPrf(runs.map(({ c, out }) => scoreSnippets(out.text, c.with, c.without))),
    refused: runs.filter((r) => r.out.refused).length,
  });
  const result = {
    pages: cases.length,
    ours: score(a),
    plain: score(b),
    oursPagesPerSecond: cases.length / oursSeconds,
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const show = (label: string, s: ReturnType<typeof score>) =>
    `${label.padEnd(6)} precision ${fmt(s.precision)} recall ${fmt(s.recall)} F1 ${fmt(s.f1)} | 'with' present ${fmt(s.recall)}, 'without' absent ${fmt(s.withoutAbsent)} | refused ${s.refused}`;
  console.log(`${cases.length} pages, snippet scoring (ours ${fmt(result.oursPagesPerSecond)} pages/s)`);
  console.log(show('ours', result.ours));
  console.log(show('plain', result.plain));
}

type SnippetRun = { c: SnippetCase; out: Extracted };
type RunFile = Record<string, { missed: string[]; kept: string[] }>;

/**
 * `--save-run FILE`: per page, the "with" snippets our reading misses and the "without" ones it
 * keeps. When FILE already holds an earlier run, first lists the pages that changed since, so a
 * change to the pipeline can be judged page by page (then FILE is overwritten with this run).
 */
function saveRun(runs: SnippetRun[], path: string): void {
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  const now: RunFile = {};
  for (const { c, out } of runs) {
    const text = squash(out.text);
    now[c.name] = {
      missed: c.with.filter((s) => !text.includes(squash(s))),
      kept: c.without.filter((s) => text.includes(squash(s))),
    };
  }
  const before: RunFile = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RunFile) : {};
  const added = (x: string[], y: string[] = []) => x.filter((s) => !y.includes(s)).map((s) => s.slice(0, 70));
  for (const [name, page] of Object.entries(now)) {
    const old = before[name];
    if (!old) continue;
    const changes = [
      ...added(page.missed, old.missed).map((s) => `now misses ${JSON.stringify(s)}`),
      ...added(old.missed, page.missed).map((s) => `now finds ${JSON.stringify(s)}`),
      ...added(page.kept, old.kept).map((s) => `now keeps unwanted ${JSON.stringify(s)}`),
      ...added(old.kept, page.kept).map((s) => `now cuts unwanted ${JSON.stringify(s)}`),
    ];
    if (changes.length > 0) console.log(`  ${name}: ${changes.join(' | ')}`);
  }
  writeFileSync(path, JSON.stringify(now));
}

/** Pages where our reading misses the most "with" snippets plain Readability keeps, with what was missed. */
function printWorstSnippets(a: SnippetRun[], b: SnippetRun[], n: number): void {
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  const rows = a.map(({ c, out }, i) => {
    const [mine, theirs] = [squash(out.text), squash(b[i]!.out.text)];
    const lost = c.with.filter((s) => !mine.includes(squash(s)) && theirs.includes(squash(s)));
    const extra = c.without.filter((s) => mine.includes(squash(s)) && !theirs.includes(squash(s)));
    return { name: c.name, lost, extra, note: out.note ?? '' };
  });
  const show = (label: string, pick: (r: (typeof rows)[number]) => string[]) => {
    console.log(`\n${label}:`);
    for (const r of [...rows].sort((x, y) => pick(y).length - pick(x).length).slice(0, n)) {
      if (pick(r).length === 0) break;
      console.log(
        `  ${r.name} ${r.note} (${pick(r).length}): ${pick(r)
          .map((s) => JSON.stringify(s.slice(0, 70)))
          .join(' | ')}`,
      );
    }
  };
  show('"with" snippets plain Readability keeps and we cut', (r) => r.lost);
  show('"without" snippets we keep and plain Readability cuts', (r) => r.extra);
}

const snippets = arg('--snippets');
const groundTruth = arg('--ground-truth');
const dir = process.argv
  .slice(2)
  .find(
    (a, i, all) =>
      !a.startsWith('--') &&
      ![
        '--snippets',
        '--pages',
        '--worst',
        '--every',
        '--plain-cache',
        '--save-run',
        '--ground-truth',
        '--write-outputs',
      ].includes(all[i - 1] ?? ''),
  );
if (groundTruth)
  runGroundTruth(groundTruth, {
    json,
    worst: arg('--worst') ? Number(arg('--worst')) : undefined,
    saveRun: arg('--save-run'),
    plainCache: arg('--plain-cache'),
    writeOutputs: arg('--write-outputs'),
  });
else if (snippets) runSnippets(snippets);
else if (dir) runFolder(dir);
else {
  console.error(
    'Usage: npm run eval:extract -- DIR | --snippets evaldata.json [--pages DIR ...] | --ground-truth DIR',
  );
  process.exit(1);
}
