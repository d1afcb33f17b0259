import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { unzipSync, zipSync } from 'fflate';
import { expect, screensDir, test, type NotebookHost, type Page } from './fixtures';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium';

// Invented articles; nothing here is third-party text.
const FIRST = {
  title: 'Ferry operator cuts the winter timetable',
  text: 'The ferry operator said on Monday that two winter crossings would be dropped from January.\n\nA spokesperson said passenger numbers had fallen by a third since the bridge opened.\n\nIsland councillors asked for a meeting.',
  passage: 'passenger numbers had fallen by a third since the bridge opened',
};
const SECOND = {
  title: 'Island council disputes the ferry figures',
  text: 'The council said its own counts showed winter traffic was steady.\n\nA councillor said the operator had counted only foot passengers, not vehicles.\n\nThe operator did not reply.',
  passage: 'the operator had counted only foot passengers, not vehicles',
};
const SECRET = {
  title: 'Notes from a source who asked not to be named',
  text: 'A crew member said the timetable change had been planned for a year.',
};
const NOTE_TITLE = 'Ferry draft';

/** Imports a source and highlights one passage in it, through the API; returns the ids. */
async function sourceWithHighlight(host: NotebookHost, s: { title: string; text: string; passage: string }) {
  const imported = await host.call('importText', { text: s.text, title: s.title });
  const { text } = await host.call('getSource', { id: imported.sourceId });
  const start = text.indexOf(s.passage);
  expect(start).toBeGreaterThanOrEqual(0);
  const h = await host.call('createHighlight', {
    sourceId: imported.sourceId,
    start,
    end: start + s.passage.length,
  });
  return { sourceId: imported.sourceId, highlightId: h.id };
}

const cite = (c: { sourceId: string; highlightId: string }) => ({
  type: 'citation',
  attrs: { sourceId: c.sourceId, highlightId: c.highlightId, locator: null },
});

async function chooseFile(page: Page, label: string, file: string) {
  await page.getByLabel(label).setInputFiles(file);
}

test('export a packet from the UI, read it offline, import it into a fresh notebook, and verify it', async ({
  page,
  host,
  workDir,
}) => {
  const one = await sourceWithHighlight(host, FIRST);
  const two = await sourceWithHighlight(host, SECOND);
  const secret = await host.call('importText', { text: SECRET.text, title: SECRET.title });
  const note = await host.call('createNote', { title: NOTE_TITLE });
  await host.call('saveNote', {
    id: note.id,
    doc: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The operator blames the bridge ' },
            cite(one),
            { type: 'text', text: ' but the council counts differently ' },
            cite(two),
            { type: 'text', text: '.' },
          ],
        },
      ],
    },
  });

  // Mark the third source confidential on its details page.
  await page.goto(`${host.url}#/source/${secret.sourceId}/details`);
  const toggle = page.getByRole('checkbox', { name: /^Confidential — left out of packets/ });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(toggle).toBeEnabled();
  await expect
    .poll(async () => (await host.call('getSource', { id: secret.sourceId })).source.confidential)
    .toBe(true);

  // Export the whole notebook from the Packets page.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Packets' }).click();
  await expect(page.getByRole('heading', { name: 'Research packets' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Include confidential material' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const bar = page.getByRole('progressbar', { name: /^Export:/ });
  await expect(bar).toBeVisible();
  await page.screenshot({ path: join(screensDir, 'packets-exporting.png') });
  await expect(bar).toHaveAttribute('data-state', 'done');
  await expect(bar).toHaveAccessibleName('Export: Done');
  const max = await bar.getAttribute('aria-valuemax');
  await expect(bar).toHaveAttribute('aria-valuenow', max!);
  const summary = page.getByRole('status', { name: 'Export summary' });
  await expect(summary).toContainText('Packet ready');
  await expect(summary).toContainText(/Digest\s*[0-9a-f]{64}/);
  await expect(summary).toContainText('1 confidential source was left out.');
  await page.screenshot({ path: join(screensDir, 'packets-export-summary.png') });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    summary.getByRole('button', { name: 'Save packet' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const zipPath = join(workDir, download.suggestedFilename());
  await download.saveAs(zipPath);
  await expect(summary).toContainText(`Saved as ${download.suggestedFilename()}`);

  // Unzip it and open index.html from disk, with the network blocked and scripting off.
  const files = unzipSync(new Uint8Array(await readFile(zipPath)));
  const names = Object.keys(files);
  expect(names).toContain('index.html');
  expect(names).toContain('manifest.json');
  expect(names).not.toContain(`sources/${secret.sourceId}/text.txt`);
  const unpacked = join(workDir, 'unpacked');
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    await mkdir(dirname(join(unpacked, name)), { recursive: true });
    await writeFile(join(unpacked, name), bytes);
  }
  const profile = await mkdtemp(join(tmpdir(), 'rn-offline-'));
  const offline = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
    headless: true,
    javaScriptEnabled: false,
    viewport: { width: 1100, height: 800 },
  });
  const remote: string[] = [];
  try {
    await offline.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      remote.push(route.request().url());
      return route.abort();
    });
    const reader = offline.pages()[0] ?? (await offline.newPage());
    await reader.goto(pathToFileURL(join(unpacked, 'index.html')).href);
    const noteSection = reader.locator('article.note').filter({ hasText: NOTE_TITLE });
    await expect(noteSection.locator('sup.cite a')).toHaveText(['[1]', '[2]']);
    await noteSection.locator('sup.cite a', { hasText: '[2]' }).click();
    const target = reader.locator(`[id="h-${two.highlightId}"]`);
    await expect(reader).toHaveURL(new RegExp(`#h-${two.highlightId}$`));
    await expect(target).toHaveText(SECOND.passage);
    await expect(target).toBeInViewport();
    // `:target` lights it up (outline) without any script.
    await expect(target).toHaveCSS('outline-style', 'solid');
    await expect(reader.locator(`[id="h-${one.highlightId}"]`)).toHaveCSS('outline-style', 'none');
    await expect(reader.locator('body')).not.toContainText(SECRET.text);
    await reader.screenshot({ path: join(screensDir, 'packets-offline-reader.png') });
    expect(remote).toEqual([]);
  } finally {
    await offline.close();
    await rm(profile, { recursive: true, force: true });
  }

  // Verify the saved packet, then a copy with one byte of a text file changed.
  await chooseFile(page, 'Choose a packet to verify', zipPath);
  const verdict = page.getByRole('status', { name: 'Verification result' });
  await expect(verdict).toContainText('Intact');
  const tampered = { ...files };
  const textName = `sources/${one.sourceId}/text.txt`;
  const changed = new Uint8Array(tampered[textName]!);
  changed[0] = changed[0]! ^ 0x01;
  tampered[textName] = changed;
  const tamperedPath = join(workDir, 'tampered.zip');
  await writeFile(tamperedPath, zipSync(tampered));
  await chooseFile(page, 'Choose a packet to verify', tamperedPath);
  await expect(verdict).toContainText('Not intact');
  await expect(verdict.getByRole('list', { name: 'Altered' })).toContainText(textName);

  // Import into a fresh, empty notebook.
  await host.call('createNotebook', { path: join(workDir, 'Fresh'), name: 'Fresh notebook' });
  await page.goto(`${host.url}#/packets`);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Fresh notebook');
  await chooseFile(page, 'Choose a packet to import', zipPath);
  // A preview first: nothing is written until the reporter confirms.
  const preview = page.getByRole('status', { name: 'Import preview' });
  await expect(preview).toContainText('Would add 2 sources, 2 highlights');
  expect(await host.call('listSources', {})).toEqual([]);
  await preview.getByRole('button', { name: 'Import' }).click();
  const imported = page.getByRole('status', { name: 'Import summary' });
  await expect(imported).toContainText('Added 2 sources, 2 highlights');
  await expect(imported).toContainText('1 note');
  await expect(imported).toContainText('When the packet was made, 1 confidential source was left out.');
  await expect(page.getByRole('progressbar', { name: /^Import:/ })).toHaveAttribute('data-state', 'done');
  await imported.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screensDir, 'packets-import-summary.png') });
  const titles = (await host.call('listSources', {})).map((s) => s.title).sort();
  expect(titles).toEqual([FIRST.title, SECOND.title].sort());

  // The same packet again: nothing new.
  await chooseFile(page, 'Choose a packet to import', zipPath);
  await expect(preview).toContainText('Nothing new');
});
