import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, repoRoot, screensDir, test, type Page } from './fixtures';

// Every article in the folder is invented for these tests.
const FOLDER = join(repoRoot, 'test/e2e/files/import-folder');
const ORIGINAL = 'Island ferry subsidy cut by a third as operator warns of fewer sailings';
const REWRITE = 'Gullstone ferry loses a third of its subsidy; operator warns of fewer crossings';
const TEXT_PAGE = 'Quarry road to close for six weeks while bridge is strengthened';
const PDF = 'Harbour Town Audit Finds Gaps in Water Records';
const DOCX = 'Ferry Contract Questions Reach the Port Authority';
// Planted in the page chrome of the HTML article: the importer must cut it and keep it.
const CHROME_PHRASE = 'Sign up for the Tideway Tidings briefing';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const library = (page: Page) => page.getByRole('grid', { name: 'Library' });
// By the title cell alone: a row's "Similar to" note names the other title too.
const libraryRow = (page: Page, title: string) =>
  library(page)
    .getByRole('row')
    .filter({ has: page.locator('.row__title').getByText(title, { exact: true }) });
const statusLines = (page: Page) => page.getByRole('status').filter({ has: page.locator('.status__line') });
const sourceIdFromUrl = (page: Page) => /#\/(?:source|compare)\/([^/?]+)/.exec(page.url())?.[1] ?? '';

/** Holds the nth importFile request until `release()`, so the test can look at the bar mid-run. */
async function holdImport(page: Page, nth: number) {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let seen = 0;
  let held = () => undefined as void;
  const reached = new Promise<void>((resolve) => (held = resolve));
  await page.route('**/api/importFile', async (route) => {
    seen += 1;
    if (seen === nth) {
      held();
      await gate;
    }
    await route.continue();
  });
  return { reached, release };
}

test('a folder of mixed files: progress, refusals, duplicates, near-duplicates, provenance and removed text', async ({
  page,
  host,
}) => {
  const folderFiles = await readdir(FOLDER);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();

  const hold = await holdImport(page, 3);
  await page.getByLabel('Import folder').setInputFiles(FOLDER);

  // Mid-run: the bar says n of N and names the file being imported.
  await hold.reached;
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuemax', String(folderFiles.length));
  const label = page.locator('.import-progress__label');
  await expect(label).toHaveText(new RegExp(`^Importing \\d of ${folderFiles.length}: .+`));
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(folderFiles.length);
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  await page.screenshot({ path: join(screensDir, 'import-in-progress.png') });
  hold.release();

  // Complete: every file accounted for.
  await expect(bar).toHaveAttribute('aria-valuenow', String(folderFiles.length), { timeout: 60_000 });
  await expect(label).toHaveText(`Finished ${folderFiles.length} files`);
  await expect(page.locator('.import-progress__summary')).toHaveText(
    '5 imported · 1 already in the notebook · 1 failed · 2 skipped',
  );
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);

  // Each file's line: the bad one says why, the others were imported anyway.
  const lines = statusLines(page);
  const failure = page.locator('.status__line--error');
  await expect(failure).toHaveCount(1);
  await expect(failure).toContainText('scanned-page.txt');
  await expect(failure).toContainText('not a text document');
  for (const title of [ORIGINAL, REWRITE, TEXT_PAGE, PDF, DOCX])
    await expect(lines).toContainText(`Imported ‘${title}’`);
  await expect(lines).toContainText(`Already in the notebook as ‘${ORIGINAL}’`);
  await expect(lines).toContainText('masthead-logo.png — Skipped: it is an image');
  await expect(lines).toContainText('Skipped 1 hidden or system file (.editor-notes.txt)');

  // The library: five sources, the rewrite pair linked both ways with a score.
  await expect(library(page).getByRole('row')).toHaveCount(6);
  await expect(libraryRow(page, ORIGINAL)).toContainText(new RegExp(`Similar to: ‘${REWRITE}’, \\d{2}%`));
  await expect(libraryRow(page, REWRITE)).toContainText(new RegExp(`Similar to: ‘${ORIGINAL}’, \\d{2}%`));
  await expect(libraryRow(page, PDF)).not.toContainText('Similar to');
  await page.screenshot({ path: join(screensDir, 'import-results.png') });
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  // The reader's header line leads to the comparison.
  await libraryRow(page, ORIGINAL).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(ORIGINAL);
  const originalId = sourceIdFromUrl(page);
  await article.locator('header').screenshot({ path: join(screensDir, 'reader-source-links.png') });
  await article.getByRole('link', { name: /^Similar to: ‘Gullstone/ }).click();

  await expect(page).toHaveURL(/#\/compare\//);
  await expect(page.getByRole('heading', { name: 'Comparison' })).toBeVisible();
  await expect(page.getByText(/^\d{2}% alike$/)).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader').nth(0)).toContainText(ORIGINAL);
  await expect(table.getByRole('columnheader').nth(1)).toContainText(REWRITE);
  // Marked by element and line style, not colour alone.
  await expect(table.locator('del.diff--removed').filter({ hasText: 'sailings' }).first()).toBeVisible();
  await expect(table.locator('ins.diff--added').filter({ hasText: 'crossings' }).first()).toBeVisible();
  await expect(table.locator('del.diff--removed').first()).toHaveCSS('text-decoration-line', 'line-through');
  await expect(table.locator('ins.diff--added').first()).toHaveCSS('text-decoration-line', 'underline');
  // Rows are aligned: the unchanged closing paragraph sits in one row on both sides.
  const lastRow = table.getByRole('row').last();
  await expect(lastRow.getByRole('cell').nth(0)).toHaveText(/public meeting is planned/);
  await expect(lastRow.getByRole('cell').nth(1)).toHaveText(/public meeting is planned/);
  await page.screenshot({ path: join(screensDir, 'comparison.png') });

  // Details and provenance: both hashes, full, matching what the test computes itself.
  await page.getByRole('link', { name: 'Details of the left source' }).click();
  await expect(page).toHaveURL(new RegExp(`#/source/${originalId}/details$`));
  const provenance = page.getByRole('region', { name: 'Provenance' });
  const originalBytes = await readFile(join(FOLDER, 'tideway-ferry-subsidy.html'));
  const { text } = await host.call('getSource', { id: originalId });
  await expect(provenance).toContainText(sha256(originalBytes));
  await expect(provenance).toContainText(sha256(text));
  await expect(provenance).toContainText('text/html');
  await expect(provenance).toContainText(/tideway-ferry-subsidy( \(copy\))?\.html/);
  await expect(provenance).toContainText(/research-notebook \d+\.\d+\.\d+/);
  await page.screenshot({ path: join(screensDir, 'source-details.png') });
  await provenance.screenshot({ path: join(screensDir, 'source-details-provenance.png') });

  // Metadata with its origins, and a correction marked as the reporter's.
  const metadata = page.getByRole('region', { name: 'Metadata' });
  await expect(metadata).toContainText('From og:title');
  await expect(metadata).toContainText('From link rel=canonical');
  await metadata.getByRole('button', { name: 'Edit site' }).click();
  await metadata.getByRole('textbox', { name: 'Site' }).fill('Tideway Chronicle (weekend edition)');
  await metadata.getByRole('button', { name: 'Save' }).click();
  await expect(metadata).toContainText('Tideway Chronicle (weekend edition)');
  await expect(metadata.getByText('Corrected by you')).toBeVisible();
  const corrected = await host.call('getSource', { id: originalId });
  expect(corrected.source.site).toBe('Tideway Chronicle (weekend edition)');
  expect(corrected.source.metadataSources.site).toBe('user');

  // Removed text: hidden until asked for, then the planted chrome is there, and can be put back.
  const removed = page.getByRole('region', { name: 'Removed text' });
  await expect(removed.getByText(CHROME_PHRASE)).toBeHidden();
  const toggle = removed.getByRole('button', { name: /^Show removed text \(\d+\)$/ });
  const count = Number(/\((\d+)\)/.exec((await toggle.textContent()) ?? '')?.[1]);
  await toggle.click();
  await expect(removed.getByRole('button', { name: 'Hide removed text' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const block = removed.getByRole('listitem').filter({ hasText: CHROME_PHRASE });
  await expect(block).toBeVisible();
  await removed.screenshot({ path: join(screensDir, 'source-details-removed.png') });
  await block.getByRole('button', { name: 'Restore at end' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored to the end' })).toBeVisible();
  await expect(removed.getByRole('listitem')).toHaveCount(count - 1);
  const restored = await host.call('getSource', { id: originalId });
  expect(restored.text.endsWith(`\n\n${CHROME_PHRASE}: every harbour story in your inbox by seven.`)).toBe(
    true,
  );

  // The plain-text page kept its chrome as removed text too; the reader links straight to it.
  // Back to the library (a bare address would return to the last place, as a restart does).
  await page.goto(`${host.origin}/#/`);
  await libraryRow(page, TEXT_PAGE).click();
  await page
    .getByRole('article')
    .getByRole('link', { name: /^Show removed text \(\d+\)$/ })
    .click();
  await expect(page).toHaveURL(/\/details\?show=removed$/);
  await expect(
    page
      .getByRole('region', { name: 'Removed text' })
      .getByText('Never miss a Millbeck Messenger story', { exact: false }),
  ).toBeVisible();
});

test('cancel stops after the current file; a web address and pasted HTML are imported', async ({
  page,
  host,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();

  // Cancel while the second sent file is on its way: that one finishes, nothing after it starts.
  const folderFiles = await readdir(FOLDER);
  const hold = await holdImport(page, 2);
  await page.getByLabel('Import folder').setInputFiles(FOLDER);
  await hold.reached;
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.import-progress__label')).toHaveText(/^Stopping after /);
  hold.release();
  const label = page.locator('.import-progress__label');
  await expect(label).toHaveText(new RegExp(`^Stopped after \\d of ${folderFiles.length} files$`));
  await expect(page.locator('.import-progress__summary')).toContainText('not imported');
  await expect(library(page).getByRole('row')).toHaveCount(3); // header + the two files sent
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  // A page served over http, reached through a redirect.
  const server = await servePage();
  try {
    const { port } = server.address() as AddressInfo;
    await page.getByRole('banner').getByRole('button', { name: 'More ways to add' }).click();
    await page.screenshot({
      path: join(screensDir, 'import-more-menu.png'),
      clip: { x: 640, y: 0, width: 640, height: 200 },
    });
    await page.getByRole('banner').getByRole('button', { name: 'Add from web address' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add from web address' });
    await dialog.getByLabel('Web address').fill('ftp://example.org/file');
    await dialog.getByRole('button', { name: 'Capture page' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/http:\/\/ or https:\/\//);
    await page.screenshot({ path: join(screensDir, 'import-web-address.png') });
    await dialog.getByLabel('Web address').fill(`http://127.0.0.1:${port}/old-address`);
    await dialog.getByRole('button', { name: 'Capture page' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText(
      'Imported ‘Lighthouse keepers’ cottages to become a museum’',
    );
    await libraryRow(page, 'Lighthouse keepers’ cottages to become a museum').click();
    await page.getByRole('article').getByRole('link', { name: 'Details & provenance' }).click();
    const provenance = page.getByRole('region', { name: 'Provenance' });
    await expect(provenance).toContainText('Captured from');
    await expect(provenance).toContainText(`http://127.0.0.1:${port}/story`);
    await expect(provenance).toContainText('redirected to');
    await expect(provenance).toContainText(sha256(LIGHTHOUSE_PAGE));
  } finally {
    server.close();
  }

  // Ctrl/Cmd+V with a copied page (text/html on the clipboard) goes through the HTML importer.
  await page.getByRole('link', { name: 'Library' }).first().click();
  await expect(library(page)).toBeVisible();
  await page.evaluate(
    ([html, text]) =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]),
    [PASTED_HTML, 'plain fallback text'] as const,
  );
  await page.getByRole('heading', { name: 'Library' }).click();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByRole('status')).toContainText(
    'Imported ‘Allotment waiting list passes four hundred’',
  );
  await libraryRow(page, 'Allotment waiting list passes four hundred').click();
  await expect(page.getByRole('article')).toContainText('The parish council keeps the list');
  await page.getByRole('article').getByRole('link', { name: 'Details & provenance' }).click();
  await expect(page.getByRole('region', { name: 'Provenance' })).toContainText('text/html');
});

const LIGHTHOUSE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Lighthouse keepers’ cottages to become a museum</title>
<meta property="og:title" content="Lighthouse keepers’ cottages to become a museum">
<meta property="og:site_name" content="Northcape Herald"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Lighthouse keepers’ cottages to become a museum</h1>
<p>The three cottages below the Northcape light, empty since the lamp was automated, will reopen next summer as a museum of the keepers' lives.</p>
<p>A local trust bought the buildings for a nominal sum and has raised most of the money for new roofs from a public appeal.</p>
<p>Volunteers are collecting logbooks, uniforms and photographs from the families of former keepers, some of whom served there for thirty years.</p>
</article><footer>© Northcape Herald</footer></body></html>`;

const PASTED_HTML = `<h1>Allotment waiting list passes four hundred</h1>
<p>More than four hundred people are now waiting for an allotment in the town, twice as many as five years ago.</p>
<p>The parish council keeps the list and says some applicants can expect to wait seven years for a plot by the river.</p>
<p>Councillors will consider splitting the larger plots in half at their next meeting, a move the allotment society opposes.</p>`;

/** A tiny site on 127.0.0.1: /old-address redirects to /story, which serves the lighthouse page. */
function servePage(): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/old-address') {
      response.writeHead(301, { Location: '/story' }).end();
      return;
    }
    if (request.url === '/story') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(LIGHTHOUSE_PAGE);
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
