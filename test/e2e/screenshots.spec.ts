import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, repoRoot, screensDir, test } from './fixtures';

// Invented articles for a presentable notebook; nothing here is third-party text.
const ARTICLES = [
  {
    title: 'Council delays vote on harbour dredging plan',
    text: [
      'Members of the port committee postponed a decision on Tuesday after residents raised concerns about silt and the cost of the contract.',
      'The plan would deepen the eastern channel by two metres so that larger ferries can dock at the old quay. Officials put the cost at 4.2 million, to be shared between the council and the regional transport fund.',
      'Residents of the lower town said the last dredging, twelve years ago, left the beach grey for a whole summer. “We were told it would take six weeks,” said a café owner whose terrace faces the channel. “It took five months, and nobody came back to explain why.”',
      'The committee asked for an independent survey of the seabed before its next meeting. A council spokesperson said the survey would be commissioned within a month and its results made public.',
      'Opposition members questioned why the tender had been advertised before the environmental study was complete. The chair replied that the timetable was set by the transport fund, not by the council.',
    ],
  },
  {
    title: 'Water board confirms higher nitrate readings at northern intake',
    text: [
      'Readings were above the seasonal average for the third month running.',
      'The board said drinking water was not affected.',
    ],
  },
  {
    title: 'Tram extension: what the consultation documents actually say',
    text: ['The documents run to 340 pages.', 'Three routes were considered; only one was costed in detail.'],
  },
  {
    title: 'Hospital trust publishes clinic closure timetable',
    text: ['Two clinics will close in spring.', 'Staff will move to the central site.'],
  },
  {
    title: 'Audit finds gaps in social housing repair records',
    text: ['Auditors sampled 400 repair tickets.', 'One in five had no completion date.'],
  },
  {
    title: 'Night ferry service suspended for winter',
    text: ['The operator cited low demand.', 'Unions say the figures exclude freight drivers.'],
  },
  {
    title: 'Energy regulator questions grid connection delays for small solar farms in the western valleys',
    text: ['Developers waited an average of 19 months.', 'The regulator has asked for a plan by June.'],
  },
  {
    title: 'Interview notes: former harbour master on the 2013 dredging',
    text: [
      'He said the contractor worked nights to finish early.',
      'He did not recall complaints at the time.',
    ],
  },
];

test('presentable screenshots of the library and the reader', async ({ page, host, context }) => {
  for (const article of [...ARTICLES].reverse()) {
    await host.call('importText', { title: article.title, text: article.text.join('\n\n') });
  }
  await page.setViewportSize({ width: 1100, height: 720 });
  await page.goto(host.url);
  const grid = page.getByRole('grid', { name: 'Library' });
  await expect(grid.getByRole('row')).toHaveCount(ARTICLES.length + 1);
  const library = await page.screenshot({ path: join(screensDir, 'docs-library.png') });

  await grid.getByRole('row').filter({ hasText: ARTICLES[0]!.title }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(ARTICLES[0]!.title);
  const reader = await page.screenshot({ path: join(screensDir, 'docs-reader.png') });

  // Side by side on one canvas, composed by the browser itself (no image library needed).
  const canvas = await context.newPage();
  await canvas.setViewportSize({ width: 2 * 1100 + 3 * 24, height: 720 + 2 * 24 });
  const img = (png: Buffer) => `<img src="data:image/png;base64,${png.toString('base64')}">`;
  await canvas.setContent(
    `<style>body{margin:0;padding:24px;display:flex;gap:24px;background:#d9d6cd}` +
      `img{display:block;border-radius:8px;box-shadow:0 2px 12px rgb(0 0 0 / 18%)}</style>${img(library)}${img(reader)}`,
  );
  const composite = await canvas.screenshot({ path: join(screensDir, 'docs-composite.png') });
  if (process.env.UPDATE_DOCS_SCREENSHOT)
    await writeFile(join(repoRoot, 'docs', 'screenshot.png'), composite);
  await canvas.close();
});

test('dark scheme and a narrow window stay legible', async ({ page, host }) => {
  for (const article of ARTICLES.slice(0, 4)) {
    await host.call('importText', { title: article.title, text: article.text.join('\n\n') });
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 700, height: 640 });
  await page.goto(host.url);
  const grid = page.getByRole('grid', { name: 'Library' });
  await expect(grid.getByRole('row')).toHaveCount(5);
  // The site column gives way first on narrow windows.
  await expect(grid.getByRole('columnheader', { name: 'Site' })).toBeHidden();
  await grid.focus();
  await page.screenshot({ path: join(screensDir, 'dark-narrow-library.png') });
  await grid.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: join(screensDir, 'dark-narrow-reader.png') });
});
