import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, screensDir, test, type Page } from './fixtures';

// Invented articles; nothing here is third-party text. The name turns up only far down the
// long one, so opening it must scroll.
const FILLER = (n: number) =>
  `Paragraph ${n} of the inquiry record covers the harbour accounts, the dredging invoices and the minutes of the port committee for that quarter.`;
const LONG = {
  title: 'Port inquiry: the full record of evidence',
  text: [
    ...Array.from({ length: 40 }, (_, i) => FILLER(i + 1)),
    'The former treasurer, Marisol Quíntero, told the inquiry she had raised the missing invoices twice in writing.',
    ...Array.from({ length: 10 }, (_, i) => FILLER(i + 41)),
  ].join('\n\n'),
};
const SHORT = {
  title: 'Treasurer to give evidence next week',
  text: 'Marisol Quintero is expected to appear before the inquiry on Tuesday.\n\nThe committee declined to comment.',
};
const OTHER = {
  title: 'Ferry timetable changes for winter',
  text: 'Sailings will be reduced from November.\n\nThe harbour office will publish the new times.',
};

const palette = (page: Page) => page.getByRole('dialog', { name: 'Search the notebook' });
const findBar = (page: Page) => page.getByRole('search', { name: 'Find in this source' });

test('search palette, search page and find in source', async ({ page, host }) => {
  for (const source of [OTHER, SHORT, LONG]) await host.call('importText', source);
  await host.call('createEntity', { type: 'person', name: 'Marisol Quintero', aliases: ['M. Quintero'] });
  await mkdir(screensDir, { recursive: true });
  await page.goto(host.url);
  await expect(page.getByRole('grid', { name: 'Library' }).getByRole('row')).toHaveCount(4);

  // Ctrl+K opens the palette with the search box focused; typing shows grouped, marked hits.
  await page.keyboard.press('Control+K');
  const dialog = palette(page);
  const box = dialog.getByRole('combobox', { name: 'Search' });
  await expect(box).toBeFocused();
  await box.pressSequentially('quintero');
  const sources = dialog.getByRole('group', { name: /Sources/ });
  await expect(sources).toContainText('2');
  await expect(sources.getByRole('option')).toHaveCount(2);
  await expect(dialog.getByRole('group', { name: /Entities/ }).getByRole('option')).toHaveCount(1);
  const marks = dialog.locator('mark');
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toMatch(/qu[ií]ntero/);
  await expect(dialog.getByRole('link', { name: /See all results/ })).toBeVisible();
  await page.screenshot({ path: join(screensDir, 'search-palette.png') });

  // Arrows move the active option; Escape closes and a new Ctrl+K keeps the query.
  const options = dialog.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+K');
  await expect(box).toHaveValue('quintero');
  // Closed and opened again in one breath: Ctrl+K lands right after the dialog closes, before the
  // browser's close event (a later task) arrives, which must not shut the reopened palette.
  await box.evaluate(
    (input) =>
      new Promise<void>((done) => {
        const dialogEl = input.closest('dialog')!;
        const key = (init: KeyboardEventInit) =>
          new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
        const watch = new MutationObserver(() => {
          if (dialogEl.open) return;
          watch.disconnect();
          document.body.dispatchEvent(key({ key: 'k', code: 'KeyK', ctrlKey: true }));
          done();
        });
        watch.observe(dialogEl, { attributes: true, attributeFilter: ['open'] });
        input.dispatchEvent(key({ key: 'Escape' }));
      }),
  );
  // Two frames: the close event's task has run by then.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(dialog).toBeVisible();
  await expect(box).toHaveValue('quintero');

  // Opening the long source lands on the name, far down the text, flashed and in view.
  const longHit = sources.getByRole('option').filter({ hasText: LONG.title });
  while ((await longHit.getAttribute('aria-selected')) !== 'true') await box.press('ArrowDown');
  await box.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(LONG.title);
  const flashed = page.locator('.reader__body .hl--flash');
  await expect(flashed).toHaveText('Quíntero');
  await expect(flashed).toBeInViewport();
  expect(page.url()).toMatch(/\?at=\d+&to=\d+$/);

  // Find in source: Ctrl+F, a word, "1 of N", next and previous, Escape closes.
  await page.keyboard.press('Control+F');
  const find = findBar(page).getByRole('textbox', { name: 'Find in this source' });
  await expect(find).toBeFocused();
  await find.fill('HARBOUR');
  await expect(findBar(page)).toContainText('1 of 50');
  await find.press('Enter');
  await expect(findBar(page)).toContainText('2 of 50');
  await page.screenshot({ path: join(screensDir, 'search-find-bar.png') });
  await find.press('Shift+Enter');
  await find.press('Shift+Enter');
  await expect(findBar(page)).toContainText('50 of 50');
  await findBar(page).getByRole('button', { name: 'Next match' }).click();
  await expect(findBar(page)).toContainText('1 of 50');
  // The current match is scrolled into view: the last one sits far below the first.
  await find.press('Shift+Enter');
  const lastInView = await page
    .locator('.reader__body p')
    .nth(50)
    .evaluate((p) => {
      const box = p.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0;
    });
  expect(lastInView).toBe(true);
  await find.fill('quintero');
  await expect(findBar(page)).toContainText('1 of 1');
  await find.fill('zzzz');
  await expect(findBar(page)).toContainText('No matches');
  await find.press('Escape');
  await expect(findBar(page)).toBeHidden();
  await expect(page.getByRole('article')).toBeVisible();

  // "See all results" opens the search page, where filters narrow the groups.
  await page.keyboard.press('Control+K');
  await dialog.getByRole('link', { name: /See all results/ }).click();
  await expect(page).toHaveURL(/#\/search\?q=quintero$/);
  const results = page.locator('.search-page__results');
  await expect(results.getByRole('heading', { name: /Sources/ })).toBeVisible();
  await expect(results.getByRole('heading', { name: /Entities/ })).toBeVisible();
  await expect(results.getByRole('status')).toHaveText('3 results');
  await page.screenshot({ path: join(screensDir, 'search-page.png') });
  await page.getByRole('form', { name: 'Filters' }).getByLabel('Entities').check();
  await expect(results.getByRole('heading', { name: /Sources/ })).toBeHidden();
  await expect(results.getByRole('heading', { name: /Entities/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the notebook' }).fill('ferry');
  await expect(results.getByRole('status')).toHaveText('Nothing matches “ferry”.');
  await expect(page).toHaveURL(/#\/search\?q=ferry$/);
});
