import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractFromHtml } from './electron/import/html/extractFromHtml';
import { prepareHtml } from './electron/import/html/prepareHtml';
import { indexPage } from './electron/import/html/indexPage';
import { pruneDom } from './electron/import/html/pruneDom';
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
const cap = '2025-06-12T15:00:00Z';
function measure(name: string, f: (p: string) => unknown) {
  for (const p of pages) f(p);
  const c = process.cpuUsage(); const t = performance.now();
  for (let i = 0; i < 6; i++) for (const p of pages) f(p);
  const cu = process.cpuUsage(c);
  console.log(name.padEnd(22), 'wall', ((performance.now() - t) / (6 * pages.length)).toFixed(1), 'cpu', ((cu.user + cu.system) / 1000 / (6 * pages.length)).toFixed(1));
}
measure('parse', (p) => parseHTML(prepareHtml(p).html));
measure('parse+index+prune', (p) => { const { document } = parseHTML(prepareHtml(p).html); pruneDom(indexPage(document)); });
measure('parse+prune+readab', (p) => { const { document } = parseHTML(prepareHtml(p).html); pruneDom(indexPage(document)); new Readability(document, { charThreshold: 250, disableJSONLD: true, serializer: (e) => e }).parse(); });
measure('full', (p) => extractFromHtml(p, { capturedAt: cap }));
const KEEP = /^(class|id|role|itemprop|itemscope|itemtype|content|name|property|http-equiv|lang|datetime|rel|hidden|style|type|charset)$/i;
function slim(html: string): string {
  return html.replace(/<([a-zA-Z][\w:-]*)(\s[^>]*?)?(\/?)>/g, (m, tag, attrs, sl) => {
    if (!attrs) return m;
    const kept = attrs.match(/[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)?.filter((a: string) => KEEP.test(a.split('=')[0]!.trim())) ?? [];
    return `<${tag}${kept.length ? ' ' + kept.join(' ') : ''}${sl}>`;
  });
}
measure('slim only', (p) => slim(prepareHtml(p).html));
measure('slim+parse', (p) => parseHTML(slim(prepareHtml(p).html)));
measure('slim+parse+prune+readab', (p) => { const { document } = parseHTML(slim(prepareHtml(p).html)); pruneDom(indexPage(document)); new Readability(document, { charThreshold: 250, disableJSONLD: true, serializer: (e) => e }).parse(); });
