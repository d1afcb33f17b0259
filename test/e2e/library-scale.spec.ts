import { join } from 'node:path';
import { expect, screensDir, test } from './fixtures';
import { syntheticSource } from './syntheticSources';

const COUNT = 1000;

test('a library of 1,000 sources opens quickly, scrolls, sorts and stays windowed', async ({
  page,
  host,
}) => {
  const started = Date.now();
  for (let i = 0; i < COUNT; i += 1) {
    const { title, text } = syntheticSource(i);
    await host.call('importText', { text, title });
  }
  const importMs = Date.now() - started;

  const loadStart = Date.now();
  await page.goto(host.url);
  const grid = page.getByRole('grid', { name: 'Library' });
  await expect(grid.getByRole('row').nth(1)).toBeVisible();
  const firstPaintMs = Date.now() - loadStart;
  await expect(page.getByRole('banner')).toContainText('1,000 sources');
  await expect(grid).toHaveAttribute('aria-rowcount', String(COUNT + 1));

  // Windowing: only rows near the viewport exist in the DOM.
  const rendered = await grid.getByRole('row').count();
  expect(rendered).toBeLessThan(80);

  // Newest added first.
  const newest = syntheticSource(COUNT - 1).title;
  await expect(grid.getByRole('row').nth(1)).toContainText(newest);

  // Keyboard to the end: the oldest source becomes visible and active.
  await grid.focus();
  await grid.press('End');
  const oldest = grid.getByRole('row').filter({ hasText: syntheticSource(0).title });
  await expect(oldest).toBeVisible();
  await expect(oldest).toHaveAttribute('aria-selected', 'true');

  // Sorting by title reorders all 1,000 and keeps the list windowed.
  const sortStart = Date.now();
  await page.getByLabel('Sort by').selectOption({ label: 'Title' });
  await grid.press('Home');
  const titles = await grid.locator('.row__title').allTextContents();
  const sortMs = Date.now() - sortStart;
  expect(titles.length).toBeLessThan(80);
  const sorted = [...titles].sort((a, b) =>
    a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }),
  );
  expect(titles).toEqual(sorted);

  // A long title is cut with an ellipsis, not wrapped over its neighbours.
  await page.getByLabel('Sort by').selectOption({ label: 'Newest added' });
  await grid.press('Home');
  const longRow = grid.locator('.row__title').filter({ hasText: 'two former mayors' }).first();
  await expect(longRow).toBeVisible();
  const overflow = await longRow.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    height: el.clientHeight,
  }));
  expect(overflow.scroll).toBeGreaterThan(overflow.client);
  expect(overflow.height).toBeLessThan(30);
  await page.screenshot({ path: join(screensDir, 'library-1000.png') });

  // Open the row with Enter, come back, and the same row is still active.
  await grid.press('Home');
  await grid.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(
    syntheticSource(COUNT - 1).title,
  );
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('row').nth(1)).toHaveAttribute('aria-selected', 'true');

  console.log(
    `library-scale: ${COUNT} imports via HTTP ${importMs} ms; first rows visible ${firstPaintMs} ms after navigation; sort+read ${sortMs} ms; ${rendered} rows in DOM`,
  );
});
