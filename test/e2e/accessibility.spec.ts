import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expectNoAxeViolations } from './support/axe';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium';
import { expect, test, type NotebookHost, type Page } from './fixtures';

// Invented texts; nothing here is third-party writing.
const TEXT = [
  'The harbour board met on Thursday to decide the future of the old ferry quay.',
  'Its chair, Marta Kowalska, said the repairs would cost more than the board had set aside.',
  'Residents said the quay had been closed for two winters already.',
].join('\n\n');
const PASSAGE = 'the repairs would cost more than the board had set aside';

/** A notebook with every kind of record, so every page has something to show. */
async function fill(host: NotebookHost) {
  const one = await host.call('importText', { title: 'Harbour board weighs quay repairs', text: TEXT });
  const two = await host.call('importText', {
    title: 'Quay repairs: the board weighs its options',
    text: `${TEXT}\n\nA decision is expected next month.`,
  });
  const { text } = await host.call('getSource', { id: one.sourceId });
  const start = text.indexOf(PASSAGE);
  const highlight = await host.call('createHighlight', {
    sourceId: one.sourceId,
    start,
    end: start + PASSAGE.length,
  });
  const entity = await host.call('createEntity', { name: 'Marta Kowalska', type: 'person' });
  await host.call('updateHighlight', { id: highlight.id, entityIds: [entity.id] });
  await host.call('createClaim', {
    statement: 'The repairs are over budget',
    evidence: [{ highlightId: highlight.id, stance: 'supports' }],
  });
  const note = await host.call('createNote', { title: 'Quay story' });
  await host.call('saveNote', {
    id: note.id,
    doc: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The chair said the repairs cost more than planned. ' },
            { type: 'citation', attrs: { sourceId: one.sourceId, highlightId: highlight.id, locator: null } },
          ],
        },
      ],
    },
  });
  return { one: one.sourceId, two: two.sourceId, entity: entity.id, note: note.id };
}

/** The packet's index.html, exported through the API. */
async function packetIndex(host: NotebookHost): Promise<string> {
  let job = await host.call('startPacketExport', { includeConfidential: false });
  await expect
    .poll(async () => (job = await host.call('getPacketJob', { id: job.id })).state, { timeout: 60_000 })
    .toBe('done');
  const { dataBase64 } = await host.call('readPacketExport', { id: job.id });
  const files = unzipSync(new Uint8Array(Buffer.from(dataBase64, 'base64')));
  return Buffer.from(files['index.html']!).toString('utf8');
}

async function visit(page: Page, url: string, ready: (page: Page) => Promise<void>) {
  await page.goto(url);
  await ready(page);
}

test('axe-core finds no violations on any page, in light and dark', async ({ page, host }) => {
  const ids = await fill(host);
  const h1 = (p: Page) => expect(p.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const pages: Array<[string, string, (p: Page) => Promise<void>]> = [
    [
      'library',
      '#/',
      (p) => expect(p.getByRole('grid', { name: 'Library' }).getByRole('row')).toHaveCount(3),
    ],
    ['reader with panel', `#/source/${ids.one}`, (p) => expect(p.locator('.hl-card')).toHaveCount(1)],
    [
      'note',
      `#/notes/${ids.note}`,
      (p) => expect(p.getByRole('textbox', { name: 'Note text' })).toBeVisible(),
    ],
    ['entities', '#/entities', h1],
    ['entity page', `#/entity/${ids.entity}`, h1],
    ['claims', '#/claims', (p) => expect(p.getByText('The repairs are over budget').first()).toBeVisible()],
    ['search', '#/search?q=repairs', (p) => expect(p.locator('.search-hit').first()).toBeVisible()],
    ['packets', '#/packets', h1],
    ['compare', `#/compare/${ids.one}/${ids.two}`, h1],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, hash, ready] of pages) {
      await visit(page, `${host.url}${hash}`, ready);
      await expectNoAxeViolations(page, `${name} (${scheme})`);
    }
  }

  // The packet's offline reader, as an editor opens it: from disk, scripting off (axe runs over DevTools).
  const html = await packetIndex(host);
  const offline = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'rn-axe-')), {
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  try {
    const reader = offline.pages()[0] ?? (await offline.newPage());
    for (const scheme of ['light', 'dark'] as const) {
      await reader.emulateMedia({ colorScheme: scheme });
      await reader.setContent(html);
      await expect(reader.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNoAxeViolations(reader, `packet index.html (${scheme})`);
    }
  } finally {
    await offline.close();
  }
});
