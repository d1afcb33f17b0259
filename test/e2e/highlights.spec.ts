import { join } from 'node:path';
import { phraseBox as boxOf } from './phraseBox';
import { newId } from '../../shared/ids';
import { expect, screensDir, test, type NotebookHost, type Page } from './fixtures';

// Invented articles; nothing here is third-party text.
const FIRST = {
  title: 'Geneva talks to resume on Thursday',
  paragraphs: [
    'Negotiators met in Geneva on Monday for a second round of talks on the exchange of detainees.',
    'Yuri Ushakov, the aide who led the delegation, said the next meeting would take place on Thursday. Ushakov added that both sides had agreed an agenda.',
    'Observers said the pace of the talks had surprised them.',
  ],
};
const SECOND = {
  title: 'Other delegation says no date is fixed',
  paragraphs: [
    'A spokesperson for the other delegation said on Tuesday that no date had been set for a further meeting.',
    'Asked about the remarks by Ushakov, the spokesperson said the agenda was still being discussed.',
    'The talks are expected to continue next month.',
  ],
};
const PASSAGE_1 = 'the next meeting would take place on Thursday';
const PASSAGE_2 = 'no date had been set for a further meeting';
const CLAIM = 'The next meeting will take place on Thursday';

const reader = (page: Page) => page.getByRole('article');
const panel = (page: Page) => page.getByRole('complementary', { name: 'Highlights and entities' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Highlight the selection' });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

async function pasteSource(page: Page, source: { title: string; paragraphs: string[] }) {
  await page.getByRole('banner').getByRole('button', { name: 'Paste text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text' });
  await dialog.getByLabel('Text to import').fill(source.paragraphs.join('\n\n'));
  await dialog.getByLabel('Title').fill(source.title);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toContainText(`Imported ‘${source.title}’`);
}

async function openSource(page: Page, title: string) {
  await nav(page).getByRole('link', { name: 'Library' }).click();
  await page.getByRole('grid', { name: 'Library' }).getByRole('row').filter({ hasText: title }).click();
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(title);
}

/**
 * Selects `phrase` in the reader with a real mouse drag: press just inside its
 * first character, release just inside its last. Only reads positions from the page.
 */
/** Where `phrase` sits on screen (in the given paragraph, or the first holding it). */
function phraseBox(page: Page, phrase: string, paragraphIndex?: number) {
  const paragraphs = reader(page).locator('.reader__body p');
  const paragraph =
    paragraphIndex === undefined ? paragraphs.filter({ hasText: phrase }) : paragraphs.nth(paragraphIndex);
  return boxOf(paragraph, phrase);
}

/**
 * Selects `phrase` in the reader with a real mouse drag: press just inside its
 * first character, release just inside its last.
 */
async function dragSelect(page: Page, phrase: string, paragraphIndex?: number) {
  // The position is read again for each try: on a busy machine the reader can still reflow (marks painted
  // in slices, the panel filling) between reading where the phrase is and the drag, and a drag at the old
  // place selects nothing. A reporter would simply drag again.
  await expect(async () => {
    const box = await phraseBox(page, phrase, paragraphIndex);
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await page.mouse.move(box.x2, box.y2, { steps: 4 });
    await page.mouse.up();
    await expect(toolbar(page)).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(toolbar(page)).toBeVisible();
}

/** A screenshot of the whole page: the window grows to fit the scrolling main area, then shrinks back. */
async function screenshotWhole(page: Page, name: string) {
  const size = page.viewportSize()!;
  const extra = await page.locator('main').evaluate((main) => main.scrollHeight - main.clientHeight);
  await page.setViewportSize({ width: size.width, height: size.height + Math.max(0, extra) });
  await page.screenshot({ path: join(screensDir, name) });
  await page.setViewportSize(size);
}

/** The text drawn for one highlight (its segments joined), read from the page. */
async function drawnText(page: Page, highlightId: string): Promise<string> {
  const parts = await page.locator(`.reader__body mark[data-ids~="${highlightId}"]`).allTextContents();
  return parts.join('');
}

async function highlightsOf(host: NotebookHost, title: string) {
  const source = (await host.call('listSources', {})).find((s) => s.title === title)!;
  const { highlights } = await host.call('listHighlights', { sourceId: source.id });
  return { sourceId: source.id, highlights };
}

test('highlight, tag an entity, make a contested claim, and find it all after a reload', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await pasteSource(page, FIRST);
  await pasteSource(page, SECOND);
  await page.getByRole('button', { name: 'Clear all' }).click();

  // 1. First source: a mouse selection, then key 2 makes a green highlight over exactly those words.
  await openSource(page, FIRST.title);
  await dragSelect(page, PASSAGE_1);
  await page.keyboard.press('2');
  await expect(toolbar(page)).toBeHidden();
  // The toolbar hides with the selection, which can be before the notebook has the highlight.
  await expect.poll(async () => (await highlightsOf(host, FIRST.title)).highlights.length).toBe(1);
  const first = await highlightsOf(host, FIRST.title);
  const h1 = first.highlights[0]!.highlight;
  expect(h1.quote.exact).toBe(PASSAGE_1);
  expect(h1.color).toBe(2);
  await expect.poll(() => drawnText(page, h1.id)).toBe(PASSAGE_1);
  await expect(panel(page).getByText('1 exact')).toBeVisible();

  // 2. The new highlight is selected: e tags it with a new entity, typed ahead and created.
  await expect(panel(page).getByRole('group', { name: 'Selected highlight' })).toBeVisible();
  await page.keyboard.press('e');
  const entityBox = panel(page).getByRole('combobox', { name: 'Tag an entity' });
  await expect(entityBox).toBeFocused();
  await entityBox.pressSequentially('Yuri Ushakov');
  await expect(panel(page).getByRole('option', { name: /Create ‘Yuri Ushakov’/ })).toBeVisible();
  await entityBox.press('Enter');
  await expect(panel(page).getByRole('link', { name: 'Yuri Ushakov' })).toBeVisible();

  // 3. c makes a claim from it: statement prefilled with the quote, stance "supports".
  await page.locator(`.reader__body mark[data-ids~="${h1.id}"]`).first().click();
  await page.keyboard.press('c');
  const claimForm = panel(page).getByRole('form', { name: 'New claim' });
  await expect(claimForm.getByLabel('Claim')).toHaveValue(PASSAGE_1);
  await claimForm.getByLabel('Claim').fill(CLAIM);
  await claimForm.getByRole('button', { name: 'Create claim' }).click();
  await expect(panel(page).locator('.claim-links__item')).toContainText(CLAIM);
  await expect(panel(page).locator('.claim-links__item')).toContainText('Supports');
  await panel(page)
    .locator('.panel__body')
    .evaluate((body) => body.scrollTo({ top: 0 }));
  await page.screenshot({ path: join(screensDir, 'highlights-reader-panel.png') });

  // Suggested entities: the tagged name is already in the notebook; another is rejected for good.
  await panel(page).getByRole('tab', { name: 'Suggested entities' }).click();
  const suggestion = (name: string) => panel(page).locator('.suggestion', { hasText: name });
  await expect(suggestion('Yuri Ushakov').getByRole('link', { name: 'In the notebook' })).toBeVisible();
  await suggestion('Geneva').getByRole('button', { name: 'Reject' }).click();
  await expect(panel(page).getByText('Rejected (1)')).toBeVisible();
  await page.screenshot({ path: join(screensDir, 'highlights-suggestions.png') });
  await panel(page).getByRole('tab', { name: 'Highlights' }).click();

  // 4. Second source: highlight with the toolbar's pink button, attach it as contradicting the claim.
  await openSource(page, SECOND.title);
  await dragSelect(page, PASSAGE_2);
  await page.screenshot({ path: join(screensDir, 'highlights-toolbar.png') });
  await toolbar(page).getByRole('button', { name: 'Highlight pink' }).click();
  // The click returns before the notebook has the highlight (failed 1 run in 20 at load 9).
  await expect.poll(async () => (await highlightsOf(host, SECOND.title)).highlights.length).toBe(1);
  const second = await highlightsOf(host, SECOND.title);
  const h2 = second.highlights[0]!.highlight;
  expect(h2.quote.exact).toBe(PASSAGE_2);
  await expect.poll(() => drawnText(page, h2.id)).toBe(PASSAGE_2);
  const attach = panel(page).getByRole('form', { name: 'Attach to a claim' });
  await attach.getByLabel('Attach to a claim').selectOption({ label: CLAIM });
  await attach.getByLabel('Stance').selectOption('contradicts');
  await attach.getByLabel('Note (optional)').fill('The other side says no date is fixed.');
  await attach.getByRole('button', { name: 'Attach' }).click();
  const link = panel(page).locator('.claim-links__item');
  await expect(link).toContainText('Contradicts');
  await expect(link).toContainText('Contested');

  // Delete with the Delete key, then undo: the highlight and its place as evidence come back.
  await page.locator(`.reader__body mark[data-ids~="${h2.id}"]`).first().click();
  await page.keyboard.press('Delete');
  await expect(page.locator(`.reader__body mark[data-ids~="${h2.id}"]`)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => drawnText(page, h2.id)).toBe(PASSAGE_2);

  // 5. Entity page: add the alias, then the tagged highlight and every mention in both sources.
  await nav(page).getByRole('link', { name: 'Entities' }).click();
  await expect(page.getByRole('row', { name: /Yuri Ushakov/ })).toContainText('1');
  await page.screenshot({ path: join(screensDir, 'highlights-entities-list.png') });
  await page.getByRole('link', { name: 'Yuri Ushakov' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yuri Ushakov' })).toBeVisible();
  await page.getByLabel(/Aliases/).fill('Ushakov');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const firstMentions = page.getByRole('region', { name: `Mentions in ${FIRST.title}` });
  const secondMentions = page.getByRole('region', { name: `Mentions in ${SECOND.title}` });
  await expect(firstMentions.locator('.mention')).toHaveCount(2);
  await expect(secondMentions.locator('.mention')).toHaveCount(1);
  await expect(secondMentions.locator('.mention mark')).toHaveText('Ushakov');
  await expect(firstMentions.locator('.mention mark')).toHaveText(['Yuri Ushakov', 'Ushakov']);
  await expect(page.locator('.tagged__item')).toHaveCount(1);
  await expect(page.locator('.tagged__quote')).toHaveText(PASSAGE_1);
  await screenshotWhole(page, 'highlights-entity-page.png');

  // A mention jumps into the reader and flashes the name.
  await secondMentions.getByRole('link', { name: 'Show in source' }).click();
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(SECOND.title);
  await expect(page.locator('.reader__body .hl--flash')).toHaveText('Ushakov');

  // 6. The claims board flags the contradiction and suggests a status.
  await nav(page).getByRole('link', { name: 'Claims' }).click();
  const claim = page.getByRole('article').filter({ hasText: CLAIM });
  await expect(claim.getByText('Contested', { exact: true })).toBeVisible();
  await expect(claim).toContainText('Evidence suggests: disputed');
  await expect(claim.locator('.evidence__stance--supports')).toContainText(PASSAGE_1);
  await expect(claim.locator('.evidence__stance--contradicts')).toContainText(PASSAGE_2);
  await expect(claim.locator('.evidence__stance--contradicts')).toContainText(SECOND.title);
  await claim.getByLabel('Status').selectOption('disputed');
  await expect(claim.getByLabel('Status')).toHaveValue('disputed');
  await screenshotWhole(page, 'highlights-claims-board.png');
  // Filters: by an entity tagged on its evidence, and by status.
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Entity').selectOption({ label: 'Yuri Ushakov' });
  await expect(page.getByRole('article')).toHaveCount(1);
  await filters.getByLabel('Status').selectOption('refuted');
  await expect(page.getByText('No claim matches these filters.')).toBeVisible();
  await filters.getByLabel('Status').selectOption('disputed');
  await expect(page.getByRole('article')).toHaveCount(1);

  // 7. Reload: all of it is still there, drawn over the same words.
  await page.reload();
  const reloaded = page.getByRole('article').filter({ hasText: CLAIM });
  await expect(reloaded.getByText('Contested', { exact: true })).toBeVisible();
  await expect(reloaded.getByLabel('Status')).toHaveValue('disputed');
  await openSource(page, FIRST.title);
  await expect.poll(() => drawnText(page, h1.id)).toBe(PASSAGE_1);
  await expect(page.locator(`.reader__body mark[data-ids~="${h1.id}"]`)).toHaveClass(/hl--c2/);
  await expect(panel(page).locator('.chip', { hasText: 'Yuri Ushakov' })).toBeVisible();
  await panel(page).getByRole('tab', { name: 'Suggested entities' }).click();
  await expect(panel(page).getByText('Rejected (1)')).toBeVisible();
  await page.goto(`${host.origin}/#/source/${second.sourceId}/h/${h2.id}`);
  await expect.poll(() => drawnText(page, h2.id)).toBe(PASSAGE_2);
  await expect(page.locator(`.reader__body mark[data-ids~="${h2.id}"]`)).toHaveClass(/hl--c4/);
  await expect(page.locator('.reader__body .hl--flash')).toHaveText(PASSAGE_2);
});

test('keyboard selection, toolbar forms, undo with Ctrl+Z, and Escape in layers', async ({ page, host }) => {
  const { sourceId } = await host.call('importText', {
    title: FIRST.title,
    text: FIRST.paragraphs.join('\n\n'),
  });
  await page.goto(`${host.url}#/source/${sourceId}`);
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(FIRST.title);

  // Double-click a word, extend with Shift+→, then e: the toolbar's entity form creates a place.
  const word = await phraseBox(page, 'Geneva');
  await page.mouse.dblclick((word.x1 + word.x2) / 2, word.y1);
  await expect(toolbar(page)).toBeVisible();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('Geneva on');
  await page.keyboard.press('e');
  const picker = page.getByRole('combobox', { name: 'Entity', exact: true });
  await expect(picker).toBeFocused();
  await picker.pressSequentially('Geneva');
  await page.getByLabel('New entity is a').selectOption('place');
  await picker.focus();
  await picker.press('Enter');
  // Letters typed straight after Enter (no wait) are a next name, never shortcuts: 2 would recolour
  // the new highlight, j/k move off it. Some may be lost while the box is busy, never run as keys.
  await page.keyboard.type('jk2');
  await expect(panel(page).locator('.hl-card')).toHaveCount(1);
  // The new highlight's own entity box has the keyboard, ready for the next name.
  const nextName = panel(page).getByRole('combobox', { name: 'Tag an entity' });
  await expect(nextName).toBeFocused();
  expect('jk2'.endsWith(await nextName.inputValue())).toBe(true);
  const [made] = (await host.call('listHighlights', { sourceId })).highlights;
  expect(made!.highlight.quote.exact).toBe('Geneva on');
  await expect.poll(() => drawnText(page, made!.highlight.id)).toBe('Geneva on');
  const entities = await host.call('listEntities', {});
  expect(entities.map((e) => [e.entity.name, e.entity.type])).toEqual([['Geneva', 'place']]);
  expect(made!.highlight.entityIds).toEqual([entities[0]!.entity.id]);
  expect(made!.highlight.color).toBe(1);
  await expect(panel(page).locator('.hl-card--active')).toHaveCount(1);

  // Comment from the toolbar; Ctrl+Enter saves it with the new highlight.
  await dragSelect(page, 'surprised them');
  await toolbar(page).getByRole('button', { name: 'Comment' }).click();
  await page.getByRole('form', { name: 'Comment' }).getByRole('textbox').fill('Ask which observers.');
  await page.keyboard.press('Control+Enter');
  await expect(panel(page).locator('.hl-card__comment')).toHaveText('Ask which observers.');

  // Escape first lets go of the selected highlight, then (nothing left) goes back to the library.
  await panel(page).locator('.hl-card__main').first().click();
  await expect(panel(page).locator('.hl-card--active')).toHaveCount(1);
  await page.keyboard.press('Delete');
  await expect(panel(page).locator('.hl-card')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(panel(page).locator('.hl-card')).toHaveCount(2);
  await page.locator('.reader__body mark[data-ids]').first().click();
  await expect(panel(page).locator('.hl-card--active')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(panel(page).locator('.hl-card--active')).toHaveCount(0);
  await expect(reader(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('grid', { name: 'Library' })).toBeVisible();
});

// ---- volume: many highlights on a long source ----

const SUBJECTS = [
  'The council',
  'A spokesperson for the port',
  'The committee chair',
  'Residents of the lower town',
  'An engineer from the transport fund',
  'The former harbour master',
  'Officials at the water board',
  'A café owner on the quay',
];
const VERBS = [
  'said that',
  'told the meeting that',
  'confirmed that',
  'denied that',
  'wrote in a letter that',
  'repeated that',
];
const CLAUSES = [
  'the survey of the seabed would be published in the spring',
  'the tender had been advertised before the study was complete',
  'the cost of the contract had risen by a fifth since the last vote',
  'larger ferries would be able to dock at the old quay',
  'nobody had been told about the delay until it was too late',
  'the minutes of the session did not record how each member voted',
  'the eastern channel would be deepened by two metres',
  'the work would take six weeks and not five months',
];

/** A deterministic invented text of about `words` words, in paragraphs of five or six sentences. */
function longText(words: number): string {
  let seed = 11;
  const pick = <T>(list: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    // The high bits: an LCG's low bits cycle quickly.
    return list[Math.floor(seed / 65536) % list.length]!;
  };
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 5 + (paragraphs.length % 2); s += 1) {
      const sentence = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAUSES)}.`;
      sentences.push(sentence);
      count += sentence.split(' ').length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

/** Imports the text and returns the source id with the clean text the notebook keeps (offsets refer to it). */
async function importLong(host: NotebookHost, title: string, words: number) {
  const { sourceId } = await host.call('importText', { title, text: longText(words) });
  const { text } = await host.call('getSource', { id: sourceId });
  return { sourceId, text };
}

/** `count` highlights of 1–12 words spread over the text, every seventh overlapping the one before. */
async function addHighlights(host: NotebookHost, sourceId: string, text: string, count: number) {
  const words = [...text.matchAll(/[a-z]+/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const step = Math.floor(words.length / count);
  const ranges = Array.from({ length: count }, (_, i) => {
    const from = i * step + (i % 7 === 6 ? -Math.floor(step / 2) : 0);
    const to = Math.min(words.length - 1, from + (i % 12));
    return { start: words[from]!.start, end: words[to]!.end, color: (i % 5) + 1 };
  });
  for (let i = 0; i < ranges.length; i += 16) {
    await Promise.all(
      ranges.slice(i, i + 16).map((r) =>
        host.call('createHighlight', {
          sourceId,
          ...r,
          comment: i % 10 === 0 ? 'Check against the minutes.' : '',
        }),
      ),
    );
  }
}

test('300 highlights stay legible, with fuzzy and orphaned ones reported in the panel', async ({
  page,
  host,
}) => {
  const { sourceId, text } = await importLong(host, 'Committee minutes, full session', 6000);
  await addHighlights(host, sourceId, text, 300);
  // One highlight whose quote no longer matches exactly (fuzzy) and one whose passage is gone (orphan).
  const { highlights } = await host.call('listHighlights', { sourceId });
  const base = highlights.find((h) => h.highlight.quote.exact.length > 50)!.highlight;
  const exact = base.quote.exact;
  const middle = Math.floor(exact.length / 2);
  await host.call('restoreHighlight', {
    highlight: {
      ...base,
      id: newId(),
      quote: { ...base.quote, exact: `${exact.slice(0, middle)}x${exact.slice(middle + 1)}` },
    },
  });
  await host.call('restoreHighlight', {
    highlight: {
      ...base,
      id: newId(),
      quote: {
        type: 'TextQuoteSelector',
        exact: 'a sentence that was taken out of the article',
        prefix: '',
        suffix: '',
      },
      position: { type: 'TextPositionSelector', start: 0, end: 10 },
    },
  });

  await page.goto(`${host.url}#/source/${sourceId}`);
  await expect(panel(page).getByText('300 exact · 1 fuzzy · 1 orphaned')).toBeVisible();
  await expect(panel(page).getByText('Orphaned — passage not found')).toBeVisible();
  await expect(panel(page).getByText('a sentence that was taken out of the article')).toBeVisible();
  // Overlaps carry a non-colour cue.
  await expect(page.locator('.reader__body .hl--overlap').first()).toBeVisible();

  // j/k walk the highlights in reading order, scrolling each into view.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const active = page.locator('.reader__body .hl--active').first();
  await expect(active).toBeInViewport();
  await expect(page.locator('.hl-card--active .hl-card__main')).toBeFocused();
  await page.screenshot({ path: join(screensDir, 'highlights-300.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(screensDir, 'highlights-300-dark.png') });
});

// The 300 ms paint budget is the bench's (`npm run bench -- --only=browser`, reader_paint_ms): a time
// asserted here fails whenever the machine is busy. This test draws the same source, notes its times
// (annotations and log), and checks what the reporter sees: every mark, then one more added by key.
test('a 20,000-word source with 1,000 highlights draws every mark, and one more is added by key', async ({
  page,
  host,
}) => {
  test.setTimeout(300_000);
  const { sourceId, text } = await importLong(host, 'Long transcript', 20_000);
  expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(20_000);
  await addHighlights(host, sourceId, text, 1000);
  // Opened from the library three times (the page itself already loaded); the median counts.
  await page.goto(host.url);
  const timings: number[][] = [];
  for (let run = 0; run < 3; run += 1) {
    await page.evaluate(() => performance.clearMeasures());
    await page
      .getByRole('grid', { name: 'Library' })
      .getByRole('row')
      .filter({ hasText: 'Long transcript' })
      .click();
    const measured = await page.waitForFunction(() => {
      const rendered = performance.getEntriesByName('rn:highlights-rendered')[0];
      const painted = performance.getEntriesByName('rn:highlights-painted')[0];
      return rendered && painted ? [rendered.duration, painted.duration] : null;
    });
    timings.push((await measured.jsonValue())!);
    await expect(panel(page).getByText('1000 exact')).toBeVisible();
    if (run < 2) await page.keyboard.press('Escape');
  }
  const paints = timings.map(([, painted]) => painted!).sort((a, b) => a - b);
  const median = paints[1]!;
  console.log(
    `highlights render/paint (ms), 3 openings: ${timings.map((t) => t.map((v) => v.toFixed(0)).join('/')).join(', ')}`,
  );
  test.info().annotations.push({ type: 'paint-ms', description: median.toFixed(1) });
  await expect.poll(() => page.locator('.reader__body mark[data-ids]').count()).toBeGreaterThanOrEqual(1000);

  // Adding one more repaints only what changed: time a highlight made with the keyboard.
  await expect(panel(page).locator('.hl-list > li')).toHaveCount(1000);
  const words = (await page.locator('.reader__body p').nth(3).textContent())!.split(' ');
  await dragSelect(page, words.slice(0, 2).join(' '), 3);
  // Timed in the page: from the key press to the frame after the new highlight's card appears.
  // The listeners go in (and are awaited) before the key is pressed.
  await page.evaluate(() => {
    const state = window as unknown as { addTiming?: Promise<number> };
    state.addTiming = new Promise<number>((resolve) => {
      let pressed = 0;
      document.addEventListener('keydown', () => (pressed = performance.now()), {
        capture: true,
        once: true,
      });
      const list = document.querySelector('.hl-list')!;
      const before = list.children.length;
      new MutationObserver((_, observer) => {
        if (list.children.length <= before) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressed), 0));
      }).observe(list, { childList: true });
    });
  });
  await page.keyboard.press('3');
  const took = await page.evaluate(() => (window as unknown as { addTiming: Promise<number> }).addTiming);
  const call = await page.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('/api/createHighlight'))
        .at(-1)?.duration ?? 0,
  );
  await expect(panel(page).getByText('1001 exact')).toBeVisible();
  console.log(
    `one more highlight, key press to painted: ${took.toFixed(0)} ms (the call itself: ${call.toFixed(0)} ms)`,
  );
  test.info().annotations.push({ type: 'add-highlight-ms', description: took.toFixed(1) });
});
