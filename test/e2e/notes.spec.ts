import { join } from 'node:path';
import { phraseBox } from './phraseBox';
import { expect, screensDir, test, type NotebookHost, type Page } from './fixtures';

// Invented articles; nothing here is third-party text.
const FIRST = {
  title: 'Harbour authority delays the dredging contract',
  paragraphs: [
    'The harbour authority said on Wednesday that the dredging contract would not be signed before the autumn.',
    'A board member said the tender had drawn only two bids, both above the budget set in March.',
    'Local fishing crews welcomed the pause.',
  ],
};
const SECOND = {
  title: 'Contractor disputes the harbour budget figures',
  paragraphs: [
    'One of the bidders said the budget had been calculated on prices from four years ago.',
    'Its director said the company would bid again if the authority published its revised estimate.',
    'The authority declined to comment further.',
  ],
};
const PASSAGE_1 = 'the tender had drawn only two bids';
const PASSAGE_2 = 'the budget had been calculated on prices from four years ago';
const NOTE_TITLE = 'Draft A';

const reader = (page: Page) => page.getByRole('article').first();
const panel = (page: Page) => page.getByRole('complementary', { name: 'Highlights and entities' });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
const noteText = (page: Page) => page.getByRole('textbox', { name: 'Note text' });
const card = (page: Page, quote: string) => panel(page).locator('.hl-card').filter({ hasText: quote });

async function pasteSource(page: Page, source: { title: string; paragraphs: string[] }) {
  await page.getByRole('banner').getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog.getByLabel('Text to import').fill(source.paragraphs.join('\n\n'));
  await dialog.getByLabel('Title').fill(source.title);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').first()).toContainText(`Imported ‘${source.title}’`);
}

async function openSource(page: Page, title: string) {
  await nav(page).getByRole('link', { name: 'Library' }).click();
  await page.getByRole('grid', { name: 'Library' }).getByRole('row').filter({ hasText: title }).click();
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(title);
}

/** Selects `phrase` in the reader with a real mouse drag, then highlights it with key 1. */
async function highlightPhrase(page: Page, phrase: string) {
  const box = await phraseBox(reader(page).locator('.reader__body p').filter({ hasText: phrase }), phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(card(page, phrase)).toBeVisible();
}

async function highlightIdOf(host: NotebookHost, title: string, quote: string): Promise<string> {
  const source = (await host.call('listSources', {})).find((s) => s.title === title)!;
  const { highlights } = await host.call('listHighlights', { sourceId: source.id });
  return highlights.find((h) => h.highlight.quote.exact === quote)!.highlight.id;
}

test('a note cites two highlights from two sources, survives a reload, opens them, and shows a deleted one as broken', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await pasteSource(page, FIRST);
  await pasteSource(page, SECOND);
  await openSource(page, FIRST.title);
  await highlightPhrase(page, PASSAGE_1);
  await openSource(page, SECOND.title);
  await highlightPhrase(page, PASSAGE_2);
  const h1 = await highlightIdOf(host, FIRST.title, PASSAGE_1);
  const h2 = await highlightIdOf(host, SECOND.title, PASSAGE_2);

  // Write a note.
  await nav(page).getByRole('link', { name: 'Notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  const item = page.locator('.note-item').first();
  await expect(item).toHaveAttribute('data-note-id', /.+/);
  const noteId = (await item.getAttribute('data-note-id'))!;
  await item.getByRole('button', { name: /^Rename/ }).click();
  await page.getByRole('textbox', { name: 'Note title' }).fill(NOTE_TITLE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: NOTE_TITLE })).toBeVisible();
  await noteText(page).click();
  await page.keyboard.type('The tender drew few bids ');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

  // First citation: the reader's Cite button, into the note last edited.
  await openSource(page, FIRST.title);
  await card(page, PASSAGE_1).getByRole('button', { name: /^Cite/ }).click();
  const cited = page.getByRole('status').filter({ hasText: `Cited in ‘${NOTE_TITLE}’` });
  await expect(cited).toBeVisible();
  await cited.getByRole('button', { name: 'Open note' }).click();
  await expect(page).toHaveURL(new RegExp(`#/notes/${noteId}$`));
  await expect(page.locator(`cite.citation[data-highlight-id="${h1}"]`)).toHaveText('[1]');
  // Cite stored the citation in the note itself, not in an editor that has to save it first.
  await page.reload();
  await expect(page.locator(`cite.citation[data-highlight-id="${h1}"]`)).toHaveText('[1]');

  // Second citation: drag the highlight's card from the side panel into the note beside the text.
  await openSource(page, SECOND.title);
  await page.getByRole('button', { name: 'Notes', exact: true }).click();
  const split = page.getByRole('region', { name: 'Note beside the text' });
  await expect(split.getByRole('heading', { name: NOTE_TITLE })).toBeVisible();
  await expect(split.locator(`cite.citation[data-highlight-id="${h1}"]`)).toHaveText('[1]');
  await card(page, PASSAGE_2).dragTo(split.getByRole('textbox', { name: 'Note text' }), {
    targetPosition: { x: 60, y: 120 },
  });
  await expect(split.locator(`cite.citation[data-highlight-id="${h2}"]`)).toHaveText('[2]');
  await expect(split.locator('[data-save-state="saved"]')).toBeVisible();
  // The backlink appears on the card and in the source's header once the note is saved.
  await expect(card(page, PASSAGE_2).getByRole('link', { name: NOTE_TITLE })).toBeVisible();
  await expect(reader(page).locator('.reader__cited')).toContainText(`Cited in: ${NOTE_TITLE}`);
  await page.screenshot({ path: join(screensDir, 'notes-reader-split.png') });

  // Reload: both citations intact and numbered in order, with the references list.
  await page.goto(`${host.url}#/notes/${noteId}`);
  await page.reload();
  const citations = page.locator('.note-view cite.citation');
  await expect(citations).toHaveCount(2);
  await expect(citations.nth(0)).toHaveText('[1]');
  await expect(citations.nth(0)).toHaveAttribute('data-highlight-id', h1);
  await expect(citations.nth(1)).toHaveText('[2]');
  await expect(citations.nth(1)).toHaveAttribute('data-highlight-id', h2);
  await expect(page.locator('.citation-broken')).toHaveCount(0);
  await expect(noteText(page)).toContainText('The tender drew few bids');
  await expect(page.locator('.reference[data-reference-number="1"]')).toContainText(FIRST.title);
  await expect(page.locator('.reference[data-reference-number="2"]')).toContainText(SECOND.title);
  await page.screenshot({ path: join(screensDir, 'notes-citations.png') });

  // Clicking [2] opens the second source at its passage, flashed.
  await citations.nth(1).click();
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(SECOND.title);
  await expect(page.locator('.reader__body .hl--flash')).toHaveText(PASSAGE_2);
  await expect(page.locator(`.reader__body mark[data-ids~="${h2}"]`).first()).toBeInViewport();

  // Deleting the first highlight asks first, naming the note; the note beside the text shows [1] broken.
  await openSource(page, FIRST.title);
  const split1 = page.getByRole('region', { name: 'Note beside the text' });
  await expect(split1.locator(`cite.citation[data-highlight-id="${h1}"]`)).toHaveText('[1]');
  await card(page, PASSAGE_1).locator('.hl-card__main').click();
  await panel(page)
    .getByRole('button', { name: /^Delete highlight/ })
    .click();
  const ask = page.getByRole('alertdialog', { name: 'Delete a cited highlight?' });
  await expect(ask).toContainText(`‘${NOTE_TITLE}’`);
  await ask.getByRole('button', { name: 'Keep it' }).click();
  await expect(ask).toBeHidden();
  await expect(card(page, PASSAGE_1)).toBeVisible();
  await panel(page)
    .getByRole('button', { name: /^Delete highlight/ })
    .click();
  await ask.getByRole('button', { name: 'Delete highlight' }).click();
  await expect(card(page, PASSAGE_1)).toBeHidden();
  await expect(split1.locator('.citation-broken')).toHaveText('[1?]');

  // Undo brings the highlight and the citation back.
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, PASSAGE_1)).toBeVisible();
  await expect(split1.locator(`cite.citation[data-highlight-id="${h1}"]`)).toHaveText('[1]');
  await expect(split1.locator('.citation-broken')).toHaveCount(0);

  // Delete it for good: the note, opened afresh, shows [1] as broken and [2] intact.
  await card(page, PASSAGE_1).locator('.hl-card__main').click();
  await page.keyboard.press('Delete');
  await ask.getByRole('button', { name: 'Delete highlight' }).click();
  await expect(card(page, PASSAGE_1)).toBeHidden();
  await page.goto(`${host.url}#/notes/${noteId}`);
  await page.reload();
  await expect(page.locator('.note-view__main .citation-broken')).toHaveText('[1?]');
  await expect(page.locator('.note-view__main cite.citation').nth(1)).toHaveText('[2]');
  await expect(page.locator('.reference[data-reference-number="1"]')).toContainText(
    'The cited highlight was deleted',
  );
  await page.screenshot({ path: join(screensDir, 'notes-broken-citation.png') });
});
