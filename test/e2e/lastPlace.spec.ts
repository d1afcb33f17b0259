import { expect, test } from './fixtures';

// Issue 15: reopening the app returns to the note the reporter last had open.
test('reopening the app returns to the last open note, and Notes reopens it', async ({ page, host }) => {
  const first = await host.call('createNote', { title: 'Harbour timeline' });
  const second = await host.call('createNote', { title: 'Questions for the board' });

  await page.goto(`${host.url}#/notes/${second.id}`);
  await expect(page.getByRole('heading', { name: 'Questions for the board' })).toBeVisible();
  await page.goto(`${host.url}#/notes/${first.id}`);
  await expect(page.getByRole('heading', { name: 'Harbour timeline' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).join(' '))).toContain(first.id);

  // Closed and opened again, with no place in the address (as the desktop app starts).
  await page.goto('about:blank');
  await page.goto(host.url);
  await expect(page).toHaveURL(new RegExp(`#/notes/${first.id}$`));
  await expect(page.getByRole('heading', { name: 'Harbour timeline' })).toBeVisible();

  // From elsewhere, Notes opens the same note again.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Library' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await page.goto('about:blank');
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Notes' }).click();
  await expect(page).toHaveURL(new RegExp(`#/notes/${first.id}$`));
  await expect(page.getByRole('heading', { name: 'Harbour timeline' })).toBeVisible();
});
