import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, repoRoot, screensDir, test, type Page } from './fixtures';

const TXT_FILE = join(repoRoot, 'test/e2e/files/harbour-dredging.txt');
const TXT_TITLE = 'Council delays vote on harbour dredging plan';
const TXT_PARAGRAPHS = [
  'Members of the port committee postponed a decision on Tuesday after residents raised concerns about silt and the cost of the contract.',
  'The plan would deepen the eastern channel by two metres so that larger ferries can dock at the old quay. Officials put the cost at 4.2 million, to be shared between the council and the regional transport fund.',
  'Residents of the lower town said the last dredging, twelve years ago, left the beach grey for a whole summer. The committee asked for an independent survey before its next meeting.',
];

const PASTE_TITLE = 'Notes from the water board meeting';
const PASTE_PARAGRAPHS = [
  'The board confirmed that nitrate readings at the northern intake were above the seasonal average for the third month running.',
  'A spokesperson said the readings posed no risk to drinking water. Markup such as <b>this</b> must appear as typed, not as formatting.',
];

const library = (page: Page) => page.getByRole('grid', { name: 'Library' });
const libraryRow = (page: Page, title: string) => library(page).getByRole('row').filter({ hasText: title });
const status = (page: Page) => page.getByRole('status').filter({ has: page.locator('.status__line') });

test('import a file and pasted text, read them, and find them again after a restart', async ({
  page,
  host,
}) => {
  await page.goto(host.url);

  // The token is taken out of the address bar once read.
  await expect(page).not.toHaveURL(/token=/);
  const info = await host.call('getNotebookInfo', {});
  await expect(page.getByRole('banner')).toContainText(info.name);

  // Empty library explains how to import.
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(page.getByText('Drag files from your desktop anywhere onto this window.')).toBeVisible();
  await page.screenshot({ path: join(screensDir, 'library-empty.png') });

  // 1. A .txt through the file picker.
  await page.getByLabel('Import files').setInputFiles(TXT_FILE);
  await expect(page.getByRole('status')).toContainText(`Imported ‘${TXT_TITLE}’`);
  await expect(libraryRow(page, TXT_TITLE)).toBeVisible();

  // 2. Pasted text through the dialog.
  await page.getByRole('banner').getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await dialog.getByLabel('Text to import').fill(PASTE_PARAGRAPHS.join('\n\n'));
  await dialog.getByLabel('Title').pressSequentially(PASTE_TITLE);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Imported ‘${PASTE_TITLE}’`);

  await expect(library(page).getByRole('row')).toHaveCount(3); // header + 2 sources
  await expect(libraryRow(page, TXT_TITLE)).toBeVisible();
  await expect(libraryRow(page, PASTE_TITLE)).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('2 sources');

  // The same file again is recognised, not doubled.
  await page.getByLabel('Import files').setInputFiles(TXT_FILE);
  await expect(page.getByRole('status')).toContainText(`Already in the notebook: ‘${TXT_TITLE}’`);
  await expect(library(page).getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: join(screensDir, 'library-two-items.png') });

  // Open the file's source by clicking; read title and paragraphs.
  await libraryRow(page, TXT_TITLE).click();
  await expect(page).toHaveURL(/#\/source\/[0-9a-f-]+$/);
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(TXT_TITLE);
  await expect(article.locator('.reader__body > p')).toHaveText(TXT_PARAGRAPHS);
  await expect(article).toContainText('Text file');
  await expect(article).toContainText(/\d+ words/);
  await page.screenshot({ path: join(screensDir, 'reader-file.png') });

  // A reload keeps the place.
  await page.reload();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(TXT_TITLE);

  // Escape goes back to the library with the opened row active and focused.
  await page.keyboard.press('Escape');
  await expect(library(page)).toBeFocused();
  await expect(libraryRow(page, TXT_TITLE)).toHaveAttribute('aria-selected', 'true');

  // Keyboard only: move to the pasted source and open it with Enter.
  await library(page).press('Home');
  const firstTitle = await library(page).getByRole('row').nth(1).locator('.row__title').textContent();
  const target = firstTitle === PASTE_TITLE ? 'Home' : 'ArrowDown';
  await library(page).press(target);
  await expect(libraryRow(page, PASTE_TITLE)).toHaveAttribute('aria-selected', 'true');
  await library(page).press('Enter');
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(PASTE_TITLE);
  await expect(reader.locator('.reader__body > p')).toHaveText(PASTE_PARAGRAPHS);
  // Text is shown as text: the markup is visible, no <b> element was made.
  await expect(reader.getByText('<b>this</b>', { exact: false })).toBeVisible();
  await expect(reader.locator('.reader__body b')).toHaveCount(0);
  await page.screenshot({ path: join(screensDir, 'reader-paste.png') });
  await reader.getByRole('link', { name: 'Library' }).click();
  await expect(library(page)).toBeVisible();

  // Restart the host on the same notebook and load its new URL: both sources are still there.
  const newUrl = await host.restart();
  await page.goto(newUrl);
  await expect(page).not.toHaveURL(/token=/);
  await expect(libraryRow(page, TXT_TITLE)).toBeVisible();
  await expect(libraryRow(page, PASTE_TITLE)).toBeVisible();
  await expect(library(page).getByRole('row')).toHaveCount(3);
  await libraryRow(page, PASTE_TITLE).click();
  await expect(page.getByRole('article').locator('.reader__body > p')).toHaveText(PASTE_PARAGRAPHS);
});

test('paste shortcut, dropped files and a refused file all report what happened', async ({
  page,
  host,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();

  // Ctrl/Cmd+V with nothing focused imports the clipboard's plain text (a real key press).
  await page.evaluate(() =>
    navigator.clipboard.writeText(
      'Ferry timetable changes\n\nThe winter timetable removes the late crossing on weekdays.',
    ),
  );
  await page.getByRole('heading', { name: 'Your library is empty' }).click();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByRole('status')).toContainText('Imported ‘Ferry timetable changes’');
  await expect(libraryRow(page, 'Ferry timetable changes')).toBeVisible();

  // Files dragged over the window show the overlay; dropping imports each and reports each.
  const txt = await readFile(TXT_FILE, 'utf8');
  const drop = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'harbour-dredging.txt', { type: 'text/plain' }));
    // PNG bytes under a .txt name: the importer must refuse them.
    data.items.add(
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])], 'photo.txt'),
    );
    return data;
  }, txt);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: drop });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: drop });
  await expect(page.getByText('Drop to import')).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Imported ‘${TXT_TITLE}’`);
  const refusal = page.locator('.status__line--error');
  await expect(refusal).toHaveCount(1);
  await expect(refusal).toContainText('photo.txt');
  await expect(library(page).getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: join(screensDir, 'status-after-drop.png') });

  // Messages can be dismissed.
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(status(page)).toHaveCount(0);
});
