import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { prepareHtml } from './electron/import/html/prepareHtml';
import { limitNesting } from './electron/import/html/limitNesting';
import { indexPage } from './electron/import/html/indexPage';
import { pageMetadata } from './electron/import/html/pageMetadata';
import { findStandfirst } from './electron/import/html/findStandfirst';
import { domBlocks } from './electron/import/html/domBlocks';
import { pruneDom } from './electron/import/html/pruneDom';
import { scopeToProse } from './electron/import/html/scopeToProse';
import { readerView } from './electron/import/html/readerView';
import { cleanBlocks } from './shared/import/cleanBlocks';
const dir = 'test/fixtures/articles/html';
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).filter((f) => process.argv[2] ? f.startsWith(process.argv[2]) : true);
function pad(html: string): string {
  const links = Array.from({ length: 220 }, (_, i) => `<li class="menu-item menu-item-type-taxonomy menu-item-${i}"><a class="nav-link" href="/section/topic-${i}/">Topic ${i}</a></li>`).join('');
  const nav = `<nav class="mega-menu" aria-label="All sections"><ul class="menu">${links}</ul></nav>`;
  const script = `<script>${'window.__cfg=window.__cfg||{};__cfg.slots=[{id:"div-gpt-ad-1",sizes:[[300,250],[728,90]]}];'.repeat(250)}</script>`;
  const style = `<style>${'.c-article__body p{margin:0 0 1em;font:18px/1.6 Georgia,serif}'.repeat(120)}</style>`;
  const footer = `<div class="footer-columns">${Array.from({ length: 60 }, (_, i) => `<div class="col"><h4>Group ${i}</h4><a href="/f/${i}">Link ${i}</a></div>`).join('')}</div>`;
  let out = html.replace('</head>', `${style}${script}</head>`).replace(/<body([^>]*)>/, `<body$1>${nav}`).replace('</body>', `${footer}</body>`);
  while (out.length < 80_000) out = out.replace('</body>', `${footer}</body>`);
  return out;
}
const pages = files.map((f) => pad(readFileSync(`${dir}/${f}`, 'utf8')));
const T: Record<string, number> = {};
const t = <R>(k: string, f: () => R): R => { const c = process.cpuUsage(); const r = f(); const u = process.cpuUsage(c); T[k] = (T[k] ?? 0) + (u.user + u.system) / 1000; return r; };
const cap = '2025-06-12T15:00:00Z';
const R = 5;
for (let i = 0; i < R; i++) for (const html of pages) {
  const p = t('prepare', () => prepareHtml(html));
  const m = t('nesting', () => limitNesting(p.html));
  const { document } = t('parse', () => parseHTML(m));
  const index = t('index', () => indexPage(document));
  const meta = t('meta', () => pageMetadata(document, index, p.jsonLd, { capturedAt: cap }));
  t('standfirst', () => findStandfirst(index, cap));
  t('domBlocks', () => domBlocks(document.body, p.cut));
  t('prune+scope', () => { pruneDom(index); scopeToProse(document); });
  const r = t('reader', () => readerView(document));
  t('clean', () => cleanBlocks(r!.blocks, { title: meta.title, capturedAt: cap, mode: 'html' }));
}
const tot = Object.values(T).reduce((a, b) => a + b, 0);
console.log(Object.entries(T).map(([k, v]) => `${k.padEnd(12)} ${(v / R / pages.length).toFixed(2)} ms  ${(100 * v / tot).toFixed(0)}%`).join('\n'));
for (const [k, html] of pages.entries()) {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const p = prepareHtml(html); const { document } = parseHTML(limitNesting(p.html)); const index = indexPage(document); pruneDom(index); scopeToProse(document);
    const c = process.cpuUsage(); readerView(document); const u = process.cpuUsage(c); best = Math.min(best, (u.user + u.system) / 1000);
  }
  console.log(files[k], best.toFixed(1));
}
