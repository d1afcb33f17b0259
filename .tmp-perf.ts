import { readdirSync, readFileSync } from 'node:fs';
import { extractFromHtml } from './electron/import/html/extractFromHtml';
const dir = 'test/fixtures/articles/html';
const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
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
console.log('sizes KB', pages.map((p) => Math.round(p.length / 1024)).join(' '));
for (let i = 0; i < 3; i++) for (const p of pages) extractFromHtml(p, { capturedAt: '2025-06-12T15:00:00Z' });
const N = 10;
const t = performance.now(); const c = process.cpuUsage();
for (let i = 0; i < N; i++) for (const p of pages) extractFromHtml(p, { capturedAt: '2025-06-12T15:00:00Z' });
const cu = process.cpuUsage(c);
console.log('wall ms/page', ((performance.now() - t) / (N * pages.length)).toFixed(2), 'cpu ms/page', ((cu.user + cu.system) / 1000 / (N * pages.length)).toFixed(2));
const each = pages.map((p, k) => { const t0 = performance.now(); for (let i = 0; i < 5; i++) extractFromHtml(p, { capturedAt: '2025-06-12T15:00:00Z' }); return files[k] + ' ' + ((performance.now() - t0) / 5).toFixed(1); });


const mins = pages.map((p) => { let best = Infinity; for (let i = 0; i < 9; i++) { const t0 = performance.now(); extractFromHtml(p, { capturedAt: '2025-06-12T15:00:00Z' }); best = Math.min(best, performance.now() - t0); } return best; });
console.log('mean of per-page minimum ms', (mins.reduce((a, b) => a + b, 0) / mins.length).toFixed(2), 'max', Math.max(...mins).toFixed(1));
console.log(files.map((f, k) => `${f} ${mins[k]!.toFixed(1)}`).join('\n'));
