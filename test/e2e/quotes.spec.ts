import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type NotebookHost, type Page } from './fixtures';

// An invented article; nothing here is third-party text.
const ARTICLE = [
  'The council met on Tuesday evening in the old town hall.',
  'Mayor Ellen Brandt said the talks had been constructive, very useful and substantive, and that the bridge would be built.',
  'The opposition said it would vote against the plan.',
].join('\n\n');
const PASSAGE = 'constructive, very useful and substantive';

const noteText = (page: Page) => page.getByRole('textbox', { name: 'Note text' });
const quoteCheck = (page: Page) => page.getByRole('region', { name: 'Quote check' });

/** The invented article, imported, with the quoted passage highlighted. */
async function sourceWithHighlight(host: NotebookHost) {
  const { sourceId } = await host.call('importText', { text: ARTICLE, title: 'Council talks' });
  const { text } = await host.call('getSource', { id: sourceId });
  const start = text.indexOf(PASSAGE);
  const highlight = await host.call('createHighlight', {
    sourceId,
    start,
    end: start + PASSAGE.length,
    color: 1,
    comment: '',
    tags: [],
    entityIds: [],
  });
  return { sourceId, highlight };
}

test('a misquote typed by hand next to its citation is flagged, and fixed with the source’s wording', async ({
  page,
  host,
}) => {
  const { sourceId, highlight } = await sourceWithHighlight(host);
  const note = await host.call('createNote', { title: 'Talks' });
  await host.call('saveNote', {
    id: note.id,
    allowEmpty: false,
    doc: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'End.' },
            { type: 'citation', attrs: { sourceId, highlightId: highlight.id, locator: null } },
          ],
        },
        // A second quotation, without a citation: it is still there at export, and the dialog shows it.
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'A resident said “the bridge will never be finished in our lifetime”.' },
          ],
        },
      ],
    },
  });

  await page.goto(`${host.url}#/notes/${note.id}`);
  await expect(page.locator('.note-view cite.citation')).toHaveText('[1]');
  // Type the quotation by hand, before the citation, with a word changed.
  await noteText(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Delete');
  await page.keyboard.type('She said the talks were “constructive, very helpful and substantive” ');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

  await page.keyboard.press('Control+Shift+Q');
  await expect(quoteCheck(page).getByRole('status')).toContainText('0 exact, 1 differ');
  const flagged = page.locator('.note-view .quote-flag--differs');
  await expect(flagged).toHaveText('“constructive, very helpful and substantive”');
  await expect(flagged).toHaveAttribute('aria-label', 'Quote check: Differs from the source');
  await expect(quoteCheck(page).locator('del')).toHaveText('useful');
  await expect(quoteCheck(page).locator('ins')).toHaveText('helpful');

  await quoteCheck(page).getByRole('button', { name: 'Use the source’s wording' }).click();
  await expect(quoteCheck(page).getByRole('status')).toContainText('1 exact, 0 differ');
  await expect(noteText(page)).toContainText('“constructive, very useful and substantive”');
  await expect(page.locator('.note-view .quote-flag--differs')).toHaveCount(0);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const saved = await host.call('checkNoteQuotes', { noteId: note.id });
  expect(saved.findings.map((f) => f.status)).toEqual(['exact', 'uncited']);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Packets' }).click();
  await page.getByRole('radio', { name: 'Chosen notes, with what they cite' }).check();
  await page.getByRole('list', { name: 'Notes to export' }).getByRole('checkbox', { name: 'Talks' }).check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const problems = page.getByRole('alert', { name: 'Quote problems' });
  await expect(problems).toContainText('One quotation in the chosen notes is not exact');
  await expect(problems).toContainText('No citation — “the bridge will never be finished in our lifetime”');
  await problems.getByRole('button', { name: 'Export anyway' }).click();
  const summary = page.getByRole('status', { name: 'Export summary' });
  await expect(summary).toContainText('Packet ready');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    summary.getByRole('button', { name: 'Save packet' }).click(),
  ]);
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const html = strFromU8(files['index.html']!);
  expect(html).toContain(
    '<span class="q q-uncited" title="No citation">“the bridge will never be finished in our lifetime”</span>',
  );
  expect(html).toContain(
    '<span class="q q-exact" title="Exact">“constructive, very useful and substantive”</span>',
  );
  expect(JSON.parse(strFromU8(files['manifest.json']!)).quotes).toMatchObject({
    checked: 2,
    exact: 1,
    uncited: 1,
  });
});

/** The note's paragraphs as stored (citations as [n] are not text: they are left out). */
async function storedParagraphs(host: NotebookHost, id: string) {
  const { doc } = await host.call('getNote', { id });
  type N = { type: string; text?: string; content?: N[] };
  const text = (n: N): string => n.text ?? (n.content ?? []).map(text).join('');
  return ((doc as N).content ?? []).map(text);
}

test('keys typed right after “Use the source’s wording” all reach the note, and stay after reload', async ({
  page,
  host,
}) => {
  const { sourceId, highlight } = await sourceWithHighlight(host);
  const note = await host.call('createNote', { title: 'Talks' });
  await host.call('saveNote', {
    id: note.id,
    allowEmpty: false,
    doc: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'She said the talks were “constructive, very helpful and substantive” ' },
            { type: 'citation', attrs: { sourceId, highlightId: highlight.id, locator: null } },
          ],
        },
      ],
    },
  });

  await page.goto(`${host.url}#/notes/${note.id}`);
  await expect(page.locator('.note-view cite.citation')).toHaveText('[1]');
  await noteText(page).click();
  await page.keyboard.press('Control+Shift+Q');
  await expect(quoteCheck(page).getByRole('status')).toContainText('0 exact, 1 differ');

  // No waiting after the fix: the reporter goes on typing while the note saves and is checked again.
  await quoteCheck(page).getByRole('button', { name: 'Use the source’s wording' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Xthe vote is on Friday.');
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('!');
  // Not yet here: Enter then letters at once. About 1 run in 7 under load, the first letter typed into
  // the new empty paragraph ends up after the rest ("randt …B"): a second race, still open (issue 15).
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Delete');

  const expected = [
    'said the talks were “constructive, very useful and substantive” [1]',
    'the vote is on Friday!',
  ];
  await expect(noteText(page).locator('p')).toHaveText(expected);
  await expect(quoteCheck(page).getByRole('status')).toContainText('1 exact, 0 differ');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const stored = expected.map((p) => p.replace(' [1]', ' '));
  expect(await storedParagraphs(host, note.id)).toEqual(stored);

  await page.reload();
  await expect(page.locator('.note-view cite.citation')).toHaveText('[1]');
  await expect(noteText(page).locator('p')).toHaveText(expected);
});
