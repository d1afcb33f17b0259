import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { unzipSync } from 'fflate';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium';
import { expect, test, type NotebookHost, type Page } from './fixtures';
import { ORIGINAL, SPUN, THIRD } from './claimsStory';

const QUESTION = 'How many points does the plan have?';
const TWELVE = 'The plan has 12 points';
const FOURTEEN = 'The plan has 14 points';
const SHOTS = process.env.RN_SHOTS_DIR ?? join(tmpdir(), 'shots', 'h18-claims');

/** Imports a report with its outlet and date, and highlights its passage; returns the ids. */
async function report(host: NotebookHost, r: typeof ORIGINAL) {
  const { sourceId } = await host.call('importText', { text: r.text, title: r.title });
  await host.call('updateSourceMetadata', { id: sourceId, site: r.site, publishedAt: r.publishedAt });
  const { text } = await host.call('getSource', { id: sourceId });
  const start = text.indexOf(r.passage);
  expect(start, r.passage).toBeGreaterThanOrEqual(0);
  const h = await host.call('createHighlight', { sourceId, start, end: start + r.passage.length });
  return { sourceId, highlightId: h.id };
}

const answer = (page: Page, statement: string) =>
  page.locator('.question .answer').filter({ hasText: statement });

async function shots(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const)
    for (const width of [800, 1440]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}.png`), fullPage: true });
    }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

// Long because it is one reporter's session from grouping to the exported packet; each step waits on what is shown.
test('rival answers, a spun copy counted once, a content-farm rating, the timeline and the packet', async ({
  page,
  host,
  workDir,
}) => {
  const original = await report(host, ORIGINAL);
  const spun = await report(host, SPUN);
  const third = await report(host, THIRD);
  const details = await host.call('getSourceDetails', { id: spun.sourceId });
  expect(details.similar.map((s) => s.sourceId)).toEqual([original.sourceId]);
  const twelve = await host.call('createClaim', {
    statement: TWELVE,
    evidence: [{ highlightId: spun.highlightId, stance: 'supports' }],
  });
  await host.call('createClaim', {
    statement: FOURTEEN,
    evidence: [{ highlightId: third.highlightId, stance: 'supports' }],
  });

  // 1. A question; one claim dragged onto it, the other chosen from its card (the keyboard's way).
  await page.goto(`${host.url}#/claims`);
  await page.getByRole('textbox', { name: 'New question' }).fill(QUESTION);
  await page.getByRole('button', { name: 'Add question' }).click();
  const question = page.locator('.question').filter({ hasText: QUESTION });
  await expect(question).toContainText('No answers yet');
  const twelveCard = page.locator('.claims .claim').filter({ hasText: TWELVE });
  await twelveCard.dragTo(question);
  await expect(answer(page, TWELVE)).toBeVisible();
  const fourteenCard = page.locator('.claims .claim').filter({ hasText: FOURTEEN });
  await fourteenCard.getByLabel('Answers').selectOption({ label: QUESTION });
  await expect(answer(page, FOURTEEN)).toBeVisible();
  await expect(question.getByText('Contested', { exact: true })).toBeVisible();
  await expect(answer(page, TWELVE)).toContainText('For 1 source, 1 independent');
  await expect(answer(page, TWELVE)).toContainText('Evidence suggests: disputed');
  await expect(answer(page, FOURTEEN)).toContainText('Evidence suggests: disputed');

  // 2. The spun copy is offered as a content farm; the reporter rates its whole outlet.
  await expect(twelveCard).toContainText('Suggested: Content farm / derivative');
  await twelveCard.getByRole('button', { name: 'Rate…' }).click();
  const form = twelveCard.getByRole('form', { name: 'Rate reliability' });
  await form.getByLabel('Rate', { exact: true }).selectOption({ label: `every source from ${SPUN.site}` });
  await form.getByLabel('as', { exact: true }).selectOption({ label: 'Content farm / derivative' });
  await form.getByLabel('Reason').fill('Rewrites other outlets with swapped words');
  await form.getByRole('button', { name: 'Save rating' }).click();
  await expect(twelveCard).toContainText(`Content farm / derivative (outlet: ${SPUN.site})`);
  await expect(answer(page, TWELVE)).toContainText('Evidence suggests: refuted');
  await expect(answer(page, FOURTEEN)).toContainText('Evidence suggests: supported');
  await page.getByLabel('Rating').selectOption({ label: 'Content farm / derivative' });
  await expect(page.locator('.claims .claim')).toHaveCount(1);
  await page.getByLabel('Rating').selectOption({ label: 'Any' });
  await expect(page.locator('.claims .claim')).toHaveCount(2);

  // 3. The original's own passage joins the 12-point claim: two sources, one independent.
  await host.call('addEvidence', {
    claimId: twelve.id,
    highlightId: original.highlightId,
    stance: 'supports',
  });
  await page.reload();
  await expect(answer(page, TWELVE)).toContainText('For 2 sources, 1 independent');
  await expect(answer(page, TWELVE)).toContainText('Evidence suggests: disputed');
  await expect(twelveCard).toContainText(`Rewrite of ‘${ORIGINAL.title}’ · counted once`);
  await shots(page, 'claims-board');

  // 4. The timeline: the three reports and the claim in date order, leading to the passage.
  await page.getByRole('link', { name: 'Timeline' }).click();
  const items = page.locator('.timeline__item');
  const sourceRows = page.locator('.timeline__item--source');
  await expect(sourceRows).toHaveCount(3);
  const reports = await sourceRows.allTextContents();
  expect([ORIGINAL, SPUN, THIRD].map((r) => reports.findIndex((t) => t.includes(r.title)))).toEqual([
    0, 1, 2,
  ]);
  const kinds = await items.evaluateAll((rows) => rows.map((r) => `${r.className}|${r.textContent ?? ''}`));
  const claimAt = kinds.findIndex((k) => k.includes('--claim') && k.includes(FOURTEEN));
  const thirdAt = kinds.findIndex((k) => k.includes('--source') && k.includes(THIRD.title));
  expect(claimAt).toBeGreaterThanOrEqual(0);
  expect(claimAt).toBeLessThan(thirdAt);
  await shots(page, 'timeline');
  await page.getByRole('combobox', { name: /^Claim\b/ }).selectOption({ label: FOURTEEN });
  await expect(page.locator('.timeline__item--source').filter({ hasText: ORIGINAL.title })).toHaveCount(0);
  const claimRow = page.locator('.timeline__item--claim').filter({ hasText: FOURTEEN });
  await expect(claimRow).toContainText('≈');
  await claimRow.getByRole('link', { name: 'Show passage' }).click();
  await expect(page).toHaveURL(new RegExp(`#/source/${third.sourceId}/h/${third.highlightId}$`));
  await expect(page.locator(`.reader__body mark[data-ids~="${third.highlightId}"]`).first()).toBeVisible();

  // 5. The packet's index.html, opened from disk with scripting off, shows the question and the counts.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Packets' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const summary = page.getByRole('status', { name: 'Export summary' });
  await expect(summary).toContainText('Packet ready');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    summary.getByRole('button', { name: 'Save packet' }).click(),
  ]);
  const zipPath = join(workDir, 'packet.zip');
  await download.saveAs(zipPath);
  const files = unzipSync(new Uint8Array(await readFile(zipPath)));
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
  });
  try {
    const reader = offline.pages()[0] ?? (await offline.newPage());
    await reader.goto(pathToFileURL(join(unpacked, 'index.html')).href);
    const card = reader.locator('article.question').filter({ hasText: QUESTION });
    await expect(card).toContainText('contested');
    await expect(card.locator('tr').filter({ hasText: TWELVE })).toContainText('2 sources, 1 independent');
    await expect(card.locator('tr').filter({ hasText: FOURTEEN })).toContainText('1 source, 1 independent');
    await expect(reader.locator('#reliability')).toContainText('Content farm / derivative (outlet)');
    await expect(reader.locator('#timeline tr').filter({ hasText: FOURTEEN })).toBeVisible();
  } finally {
    await offline.close();
    await rm(profile, { recursive: true, force: true });
  }
  expect(new TextDecoder().decode(files['questions.csv'])).toContain(TWELVE);
});
