import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type NotebookHost, type Page } from './fixtures';
import { phraseBox } from './phraseBox';

// Invented text; nothing here is third-party.
const APPEAL = 'Sign up for our morning letter to get the latest news from the river district.';
const PARAGRAPHS = [
  'Council backs a new bridge for the river district after a long night of debate.',
  'The $14.2 million project will add a second crossing over the Lauwer by 2027, the council said.',
  'Readers who want to follow the vote can watch the recording on the council website tomorrow.',
  'Construction starts in the spring and should take two years, according to the city engineer.',
];
const FIRST_WORDS = 'a second crossing over the Lauwer';
const LAST_WORDS = 'should take two years';

const reader = (page: Page) => page.getByRole('article');
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Highlight the selection' });
const paragraphs = (page: Page) => reader(page).locator('.reader__body p');

/** The words the reader draws for a highlight (its marks joined, in case overlaps split it). */
const markedInReader = (page: Page, id: string) =>
  page
    .locator(`.reader__body mark[data-ids~="${id}"]`)
    .evaluateAll((marks) => marks.map((m) => m.textContent ?? '').join(''));

/** Selects `phrase` in the reader with a real mouse drag. */
async function dragSelect(page: Page, phrase: string) {
  const box = await phraseBox(paragraphs(page).filter({ hasText: phrase }), phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 6 });
  await page.mouse.up();
  await expect(toolbar(page)).toBeVisible();
}

/** Exports the whole notebook from the Packets page, as a reporter does; the packet's files. */
async function exportPacket(page: Page): Promise<Record<string, Uint8Array>> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Packets' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const summary = page.getByRole('status', { name: 'Export summary' });
  await expect(summary).toContainText('Packet ready');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    summary.getByRole('button', { name: 'Save packet' }).click(),
  ]);
  return unzipSync(new Uint8Array(await readFile(await download.path())));
}

/** The words the packet's index.html wraps in a highlight's `<mark>`. */
function markedInPacket(files: Record<string, Uint8Array>, id: string): string | null {
  const html = strFromU8(files['index.html']!);
  const marks = [...html.matchAll(new RegExp(`<mark id="h-${id}(?:-\\d+)?"[^>]*>([^<]*)</mark>`, 'g'))];
  return marks.length === 0 ? null : marks.map((m) => m[1]).join('');
}

async function highlight(host: NotebookHost, sourceId: string, words: string): Promise<string> {
  const { text } = await host.call('getSource', { id: sourceId });
  const start = text.indexOf(words);
  const created = await host.call('createHighlight', {
    sourceId,
    start,
    end: start + words.length,
    color: 2,
    comment: '',
    tags: [],
    entityIds: [],
  });
  return created.id;
}

async function openReader(page: Page, host: NotebookHost, sourceId: string) {
  await page.goto(`${host.url}#/source/${sourceId}`);
  await expect(reader(page).getByRole('heading', { level: 1 })).toBeVisible();
}

test('after "restore removed text" at the top, the highlight is drawn on the same words in the app and in the packet', async ({
  page,
  host,
}) => {
  const { sourceId } = await host.call('importText', {
    text: [APPEAL, ...PARAGRAPHS].join('\n\n'),
    title: 'Council backs a new bridge',
  });
  // The appeal is in the removed text, as the importer or the reporter left it.
  const { text } = await host.call('getSource', { id: sourceId });
  if (text.includes(APPEAL))
    await host.call('markNotPartOfArticle', { id: sourceId, start: 0, end: APPEAL.length });

  // Highlight the passage in the reader.
  await openReader(page, host, sourceId);
  await dragSelect(page, FIRST_WORDS);
  await page.keyboard.press('1');
  await expect(page.locator('.reader__body mark[data-ids]')).toHaveCount(1);
  const [id] = (await host.call('listHighlights', { sourceId })).highlights.map((h) => h.highlight.id);
  expect(await markedInReader(page, id!)).toBe(FIRST_WORDS);

  // Restore the removed text at the start, from the source's details.
  await reader(page)
    .getByRole('link', { name: /^Show removed text/ })
    .click();
  const removed = page.getByRole('region', { name: 'Removed text' });
  const block = removed.getByRole('listitem').filter({ hasText: APPEAL });
  await block.getByRole('button', { name: 'Restore at start' }).click();
  await expect(page.getByText('Restored to the start of the article.')).toBeVisible();

  await openReader(page, host, sourceId);
  await expect(paragraphs(page).first()).toHaveText(APPEAL);
  await expect.poll(() => markedInReader(page, id!)).toBe(FIRST_WORDS);
  expect(markedInPacket(await exportPacket(page), id!)).toBe(FIRST_WORDS);
});

test('a block marked as not part of the article, then restored: the highlights around it keep their words in the reader and the packet', async ({
  page,
  host,
}) => {
  const { sourceId } = await host.call('importText', {
    text: PARAGRAPHS.join('\n\n'),
    title: 'Council backs a new bridge',
  });
  const before = await highlight(host, sourceId, FIRST_WORDS);
  const after = await highlight(host, sourceId, LAST_WORDS);
  await openReader(page, host, sourceId);
  await expect(paragraphs(page)).toHaveText(PARAGRAPHS);

  // The toolbar button, then Undo: the block comes back where it stood.
  await dragSelect(page, 'watch the recording');
  await toolbar(page).getByRole('button', { name: 'This is not part of the article' }).click();
  await expect(paragraphs(page)).toHaveText([PARAGRAPHS[0]!, PARAGRAPHS[1]!, PARAGRAPHS[3]!]);
  await expect.poll(() => markedInReader(page, before)).toBe(FIRST_WORDS);
  await expect.poll(() => markedInReader(page, after)).toBe(LAST_WORDS);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(paragraphs(page)).toHaveText(PARAGRAPHS);
  await expect.poll(() => markedInReader(page, after)).toBe(LAST_WORDS);

  // The key (x), then "Restore where it stood" on the details page.
  await dragSelect(page, 'watch the recording');
  await page.keyboard.press('x');
  await expect(paragraphs(page)).toHaveCount(3);
  await reader(page).getByRole('link', { name: 'Details & provenance' }).click();
  const edits = page.getByRole('region', { name: 'Provenance' });
  await expect(edits).toContainText('Marked as not part of the article');
  await expect(edits).toContainText('Put back into the article');
  await page.getByRole('button', { name: /^Show removed text/ }).click();
  await page
    .getByRole('region', { name: 'Removed text' })
    .getByRole('listitem')
    .filter({ hasText: 'watch the recording' })
    .getByRole('button', { name: 'Restore where it stood' })
    .click();
  await expect(page.getByText('Restored where it stood in the article.')).toBeVisible();

  await openReader(page, host, sourceId);
  await expect(paragraphs(page)).toHaveText(PARAGRAPHS);
  await expect.poll(() => markedInReader(page, before)).toBe(FIRST_WORDS);
  await expect.poll(() => markedInReader(page, after)).toBe(LAST_WORDS);
  const files = await exportPacket(page);
  expect(markedInPacket(files, before)).toBe(FIRST_WORDS);
  expect(markedInPacket(files, after)).toBe(LAST_WORDS);
});
