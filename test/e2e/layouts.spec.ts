import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type NotebookHost, type Page } from './fixtures';

// Invented texts; nothing here is third-party writing.
const PARAGRAPHS = [
  'The harbour board met on Thursday to decide the future of the old ferry quay, closed since the storm two winters ago.',
  'Its chair, Marta Kowalska, said the repairs would cost more than the board had set aside, and that the contract would go out to tender again.',
  'Residents of the lower town said they had been promised a reopening by the summer, and asked who had approved the first estimate.',
  'The board agreed to publish the engineers’ survey within a month.',
];
const WIDTHS = [800, 1024, 1280, 1440, 1920];
const SHOTS = process.env.RN_SHOTS_DIR ?? '/tmp/shots/h15-keyboard';

async function fill(host: NotebookHost) {
  const { sourceId } = await host.call('importText', {
    title: 'Harbour board weighs the cost of repairing the old ferry quay',
    text: PARAGRAPHS.join('\n\n'),
  });
  for (let i = 0; i < 6; i += 1)
    await host.call('importText', {
      title: `Council minutes, session ${i + 1}`,
      text: `Session ${i + 1} opened with ${i + 3} members present. ${PARAGRAPHS[i % 4]!}`,
    });
  const { text } = await host.call('getSource', { id: sourceId });
  const passage = 'the repairs would cost more than the board had set aside';
  const start = text.indexOf(passage);
  const h = await host.call('createHighlight', {
    sourceId,
    start,
    end: start + passage.length,
    comment: 'Ask for the survey.',
  });
  await host.call('createClaim', {
    statement: 'The repairs are over budget',
    evidence: [{ highlightId: h.id, stance: 'supports' }],
  });
  const note = await host.call('createNote', { title: 'Quay story' });
  return { sourceId, noteId: note.id };
}

const go = (page: Page, hash: string) =>
  page.evaluate((h) => {
    window.location.hash = h;
  }, hash);

/** No sideways scroll, and every header control inside the window. */
async function expectFits(page: Page, where: string) {
  const fit = await page.evaluate(() => {
    const width = window.innerWidth;
    const cut = [...document.querySelectorAll<HTMLElement>('.app-header a, .app-header button')]
      .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > width + 0.5)
      .map((el) => el.textContent?.trim());
    return { scroll: document.documentElement.scrollWidth, width, cut };
  });
  expect(fit.scroll, `${where}: scrollWidth`).toBeLessThanOrEqual(fit.width);
  expect(fit.cut, `${where}: controls cut off`).toEqual([]);
}

/** The reader's text keeps at least 60% of the window's height. */
async function expectReaderTall(page: Page, where: string) {
  const share = await page.evaluate(
    () => document.querySelector('.reader-layout__text')!.getBoundingClientRect().height / window.innerHeight,
  );
  expect(share, `${where}: reader height share`).toBeGreaterThanOrEqual(0.6);
}

test('library, reader with panel, reader with note and claims fit from 800 to 1920 px', async ({
  page,
  host,
}) => {
  const { sourceId, noteId } = await fill(host);
  await mkdir(SHOTS, { recursive: true });
  // The note beside the reader is the last note opened.
  await page.goto(`${host.url}#/notes/${noteId}`);
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of WIDTHS) {
      if (scheme === 'dark' && width !== 800 && width !== 1440) continue;
      await page.setViewportSize({ width, height: 900 });
      const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}-${width}-${scheme}.png`) });

      // Hash changes, not reloads: the note beside the reader is the last note opened in this page.
      await go(page, '#/');
      await expect(page.getByRole('grid', { name: 'Library' }).getByRole('row')).toHaveCount(8);
      await expectFits(page, `library ${width}`);
      await shot('library');

      await go(page, `#/source/${sourceId}`);
      await expect(page.locator('.hl-card')).toHaveCount(1);
      await expectFits(page, `reader ${width}`);
      await expectReaderTall(page, `reader ${width}`);
      await shot('reader-panel');

      await page.getByRole('button', { name: 'Notes', exact: true }).click();
      await expect(page.locator('.notes-split').getByRole('textbox', { name: 'Note text' })).toBeVisible();
      await expectFits(page, `reader + note ${width}`);
      await expectReaderTall(page, `reader + note ${width}`);
      await shot('reader-note');
      await page.getByRole('button', { name: 'Notes', exact: true }).click();

      await go(page, '#/claims');
      await expect(page.getByText('The repairs are over budget').first()).toBeVisible();
      await expectFits(page, `claims ${width}`);
      await shot('claims');
    }
  }
});
