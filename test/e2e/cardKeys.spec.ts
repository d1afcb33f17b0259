import { expect, test } from './fixtures';

// Issue 15: the claims board's per-card actions and renaming a note, from the keyboard alone.
test('j/k reach a claim card and s changes its status; F2 or Alt+Shift+R renames the open note', async ({
  page,
  host,
}) => {
  await host.call('createClaim', { statement: 'The dredging contract was delayed' });
  await host.call('createClaim', { statement: 'Only two bids came in' });
  await page.goto(`${host.url}#/claims`);
  const cards = page.locator('#main-content article.claim');
  await expect(cards).toHaveCount(2);

  await page.keyboard.press('j');
  await expect(cards.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(cards.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(cards.nth(0)).toBeFocused();
  const statement = (await cards.nth(0).getByRole('heading').textContent())!;
  await page.keyboard.press('s');
  const status = cards.nth(0).getByRole('combobox', { name: 'Status' });
  await expect(status).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('supported');
  await expect
    .poll(
      async () =>
        (await host.call('listClaims', {})).find((c) => c.claim.statement === statement)?.claim.status,
    )
    .toBe('supported');

  const note = await host.call('createNote', { title: 'Harbour timeline' });
  await page.goto(`${host.url}#/notes/${note.id}`);
  await expect(page.getByRole('heading', { name: 'Harbour timeline' })).toBeVisible();
  // F2 from the page; from inside the note's text (where single keys type), Alt+Shift+R.
  await page.keyboard.press('F2');
  const title = page.getByRole('textbox', { name: 'Note title' });
  await expect(title).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Harbour dredging timeline');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Harbour dredging timeline' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeFocused();
  await page.keyboard.press('Alt+Shift+R');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Harbour dredging timeline');
  await page.keyboard.press('Escape');
  await expect(title).toBeHidden();
});
