import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from './extractFromHtml';

const DIR = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'articles', 'html');
const TARGET_BYTES = 80_000;
const RUNS = 7;
/** The import budget is 50 pages/s including persistence; extraction must stay well inside it. */
const BUDGET_MS = 20;

// Real pages carry far more furniture than article: a mega-menu, inline config scripts, styles
// and link-column footers. Pad each fixture with the same until it weighs about 80 KB.
function padToRealisticSize(html: string): string {
  const links = Array.from({ length: 220 }, (_, i) => `<li class="menu-item menu-item-type-taxonomy menu-item-${i}"><a class="nav-link" href="/section/topic-${i}/">Topic ${i}</a></li>`).join('');
  const nav = `<nav class="mega-menu" aria-label="All sections"><ul class="menu">${links}</ul></nav>`;
  const script = `<script>${'window.__cfg=window.__cfg||{};__cfg.slots=[{id:"div-gpt-ad-1",sizes:[[300,250],[728,90]]}];'.repeat(250)}</script>`;
  const style = `<style>${'.c-article__body p{margin:0 0 1em;font:18px/1.6 Georgia,serif}'.repeat(120)}</style>`;
  const footer = `<div class="footer-columns">${Array.from({ length: 60 }, (_, i) => `<div class="col"><h4>Group ${i}</h4><a href="/f/${i}">Link ${i}</a></div>`).join('')}</div>`;
  let out = html.replace('</head>', `${style}${script}</head>`).replace(/<body([^>]*)>/, `<body$1>${nav}`);
  while (out.length < TARGET_BYTES) out = out.replace('</body>', `${footer}</body>`);
  return out;
}

describe('extractFromHtml performance', () => {
  it(`extracts an ~80 KB page in under ${BUDGET_MS} ms on average`, () => {
    const pages = readdirSync(DIR)
      .filter((f) => f.endsWith('.html'))
      .map((f) => padToRealisticSize(readFileSync(join(DIR, f), 'utf8')));
    const opts = { capturedAt: '2025-06-12T15:00:00Z' };
    for (const page of pages) extractFromHtml(page, opts);
    // The fastest of several runs per page: other processes on a shared machine only ever add time.
    const best = pages.map((page) => {
      let fastest = Infinity;
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        extractFromHtml(page, opts);
        fastest = Math.min(fastest, performance.now() - started);
      }
      return fastest;
    });
    const mean = best.reduce((a, b) => a + b, 0) / best.length;
    const kb = pages.reduce((n, p) => n + p.length, 0) / pages.length / 1024;
    console.log(`extractFromHtml: ${mean.toFixed(1)} ms/page mean, ${Math.max(...best).toFixed(1)} ms slowest, ${pages.length} pages of ~${kb.toFixed(0)} KB`);
    expect(mean).toBeLessThan(BUDGET_MS);
  });
});
