import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { prepareHtml } from './electron/import/html/prepareHtml';
import { indexPage } from './electron/import/html/indexPage';
import { pruneDom } from './electron/import/html/pruneDom';
import { scopeToProse } from './electron/import/html/scopeToProse';
const dir = 'test/fixtures/articles/html';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
  const { document } = parseHTML(prepareHtml(readFileSync(`${dir}/${f}`, 'utf8')).html);
  const before = document.body.querySelectorAll('*').length;
  pruneDom(indexPage(document)); scopeToProse(document);
  const after = document.body.querySelectorAll('*').length;
  console.log(f.padEnd(32), before, '->', after);
}
