import type { Locator } from '@playwright/test';
import { expect, test, type Page } from './fixtures';

// Invented text; nothing here is third-party writing. No mouse and no .click() in this file: every step
// is a key press, as a reporter working without a mouse would do it.
const TITLE = 'Harbour board weighs the quay repairs';
const FIRST_SENTENCE = 'The harbour board met on Thursday to decide the future of the old ferry quay.';
const TEXT = [
  `${FIRST_SENTENCE} It had been closed since the storm.`,
  'Its chair, Marta Kowalska, said the repairs would cost more than the board had set aside.',
].join('\n\n');
const CLAIM = 'The quay has been closed for two winters';

/** Presses Tab until `target` has focus (at most `max` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Ctrl+K, a few letters, Enter: runs the command the palette puts first. */
async function runCommand(page: Page, query: string, expected: string) {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search the notebook' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type(query);
  await expect(palette.getByRole('option', { selected: true })).toContainText(expected);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

test('import, highlight, tag, attach to a claim, cite in a new note and export a packet, keyboard only', async ({
  page,
  host,
}) => {
  // Already in the notebook: an entity known by its full name, and a claim to attach evidence to.
  await host.call('createEntity', { name: 'Marta Kowalska', type: 'person' });
  await host.call('createClaim', { statement: CLAIM });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' }).first()).toBeVisible();

  // The first Tab reaches the skip link; Enter moves focus into the page.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  // ? lists every shortcut (read from the command table); Escape closes it and gives focus back.
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  await expect(overlay.locator('[data-command="reader.highlight"]')).toContainText('h');
  await expect(overlay.locator('[data-command="note.new"]')).toContainText('New note');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(page.locator('#main-content')).toBeFocused();

  // Import: the palette's "paste" command opens the paste dialog.
  await runCommand(page, 'paste', 'Paste text as a new source');
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await expect(dialog.getByLabel('Text to import')).toBeFocused();
  await page.keyboard.insertText(TEXT);
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await page.keyboard.type(TITLE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').first()).toContainText(`Imported ‘${TITLE}’`);

  // Open it from the library: Alt+1 focuses the list, Enter opens the row.
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('grid', { name: 'Library' })).toBeFocused();
  await page.keyboard.press('Enter');
  const article = page.getByRole('article').first();
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(TITLE);

  // In the reader the palette offers at least 20 commands before anything is typed.
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search the notebook' });
  // The last query comes back selected; Backspace clears it.
  await page.keyboard.press('Backspace');
  await expect.poll(() => palette.locator('[data-command]').count()).toBeGreaterThanOrEqual(20);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  // Caret browsing: t puts the caret in the text, s selects the sentence, h highlights it.
  await page.keyboard.press('t');
  await expect(page.getByRole('region', { name: /Source text/ })).toBeFocused();
  await expect(page.locator('.reader-caret')).toBeVisible();
  await page.keyboard.press('s');
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.toString().trim()))
    .toBe(FIRST_SENTENCE);
  await page.keyboard.press('h');
  const panel = page.getByRole('complementary', { name: 'Highlights and entities' });
  await expect(panel.locator('.hl-card')).toHaveCount(1);
  const [made] = (
    await host.call('listHighlights', { sourceId: (await host.call('listSources', {}))[0]!.id })
  ).highlights;
  expect(made!.highlight.quote.exact.trim()).toBe(FIRST_SENTENCE);

  // With the highlights panel hidden (Alt+H), m shows it with the new highlight's comment field focused.
  await page.keyboard.press('Alt+H');
  await expect(panel).toBeHidden();
  await page.keyboard.press('m');
  const comment = panel.getByRole('textbox', { name: 'Comment' });
  await expect(comment).toBeFocused();
  await page.keyboard.type('Ask for the minutes');
  await page.keyboard.press('Control+Enter');
  await expect(panel.locator('.hl-card__comment')).toHaveText('Ask for the minutes');
  // Shift+Tab leaves the field for the colour buttons, where single keys are shortcuts again.
  await page.keyboard.press('Shift+Tab');
  await expect(comment).not.toBeFocused();

  // Tag: e focuses the entity field; the surname finds the existing entity; focus stays for the next name.
  await page.keyboard.press('e');
  const picker = page.getByRole('combobox', { name: 'Tag an entity' });
  await expect(picker).toBeFocused();
  await page.keyboard.type('kowalska');
  const suggestions = page.getByRole('listbox', { name: 'Tag an entity' });
  await expect(suggestions.getByRole('option', { selected: true })).toContainText('Marta Kowalska');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('link', { name: 'Marta Kowalska' })).toBeVisible();
  await expect(picker).toBeFocused();
  await expect(picker).toHaveValue('');
  // Single-key shortcuts stay quiet while typing: "j", "k", "h" and "e" land in the field.
  await page.keyboard.type('Harbour Board');
  await expect(picker).toHaveValue('Harbour Board');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('link', { name: 'Harbour Board' })).toBeVisible();
  await expect(picker).toBeFocused();

  // Attach to the claim: Tab to the claim list, pick it with the arrow, Enter in the note field attaches.
  const claimSelect = panel.getByRole('combobox', { name: 'Attach to a claim' });
  await tabTo(page, claimSelect);
  await page.keyboard.press('ArrowDown');
  await expect(claimSelect).toHaveValue(/.+/);
  await tabTo(page, panel.getByRole('textbox', { name: 'Note (optional)' }));
  await page.keyboard.press('Enter');
  await expect(panel.getByText(CLAIM).first()).toBeVisible();
  await expect.poll(async () => (await host.call('listClaims', {}))[0]!.claim.evidence.length).toBe(1);

  // A new note from the palette: the title takes focus, Enter moves to the text, @ cites the highlight.
  await runCommand(page, 'new note', 'New note');
  const title = page.getByRole('textbox', { name: 'Note title' });
  await expect(title).toBeFocused();
  await page.keyboard.type('Quay story');
  await page.keyboard.press('Enter');
  const noteText = page.getByRole('textbox', { name: 'Note text' });
  await expect(noteText).toBeFocused();
  await page.keyboard.type('The board met on Thursday ');
  await page.keyboard.type('@harbour board met');
  await expect(page.locator('.cite-picker [role="option"]').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(noteText.locator('cite.citation')).toHaveCount(1);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

  // Export a packet: the palette goes to the export form; Tab to its button, Enter, then save it.
  await runCommand(page, 'export', 'Export a research packet');
  await expect(page.getByRole('heading', { name: 'Export a packet' })).toBeFocused();
  await tabTo(
    page,
    page.getByRole('form', { name: 'Export a packet' }).getByRole('button', { name: /^Export/ }),
  );
  await page.keyboard.press('Enter');
  const summary = page.getByRole('status', { name: 'Export summary' });
  await expect(summary).toContainText('Packet ready');
  const save = summary.getByRole('button', { name: 'Save packet' });
  await tabTo(page, save);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
});
