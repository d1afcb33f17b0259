import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test, expect, chromium, type Browser, type Page } from '@playwright/test';
import { retryWhileAddressInUse } from '../support/addressInUse';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium';
import { callApi, repoRoot, screensDir, startHost, stopHost, type Running } from './fixtures';
import { expectNoAxeViolations } from './support/axe';

// Issue 16's acceptance, as far as it is built: one sync server, two web hosts on two notebook
// folders (A shares, B joins as editor), and a third (C) joined with the reviewer invitation.

const READY = /^Server ready at (http:\/\/127\.0\.0\.1:\d+)$/;

/** Starts `npm run server`'s entry with --port 0 and waits for its ready line. */
async function startServer(dataDir: string, port = 0): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/sync/server/main.ts', '--data', dataDir, '--port', String(port)],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY.exec(line.trim());
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`The sync server exited (${code}).\n${stderr}`)));
  });
  return { child, url };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

const SOURCE = {
  title: 'Harbour contract went to the mayor’s cousin',
  text: [
    'The harbour authority awarded the dredging contract to a firm founded six weeks earlier.',
    'Its director is the mayor’s cousin, according to the company register.',
    'The authority said the tender followed every rule and drew three bids.',
  ].join('\n\n'),
};

const indicator = (page: Page) => page.locator('.sync-indicator');

async function runCommand(page: Page, title: string) {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search the notebook' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type(title);
  await expect(palette.getByRole('option', { selected: true })).toContainText(title);
  await page.keyboard.press('Enter');
}

async function joinShared(page: Page, invitation: string, folder: string, name: string) {
  await runCommand(page, 'Join a shared notebook');
  const dialog = page.getByRole('dialog', { name: 'Join a shared notebook' });
  await dialog.getByRole('textbox', { name: 'Invitation' }).fill(invitation);
  await dialog.getByRole('textbox', { name: 'New notebook folder' }).fill(folder);
  await dialog.getByRole('textbox', { name: /Your name/ }).fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(indicator(page)).toContainText('Connected');
}

/**
 * In the open reader: t puts the caret in the text, s selects the first sentence, h highlights it.
 * Each key waits for the state the previous one made: the reader has arrived (its title took focus,
 * so its keys are live), the text has focus, the sentence is selected.
 */
async function highlightFirstSentence(page: Page) {
  const title = page.getByRole('article').getByRole('heading', { level: 1 });
  await expect(title).toHaveText(SOURCE.title);
  await expect(title).toBeFocused();
  await page.keyboard.press('t');
  await expect(page.getByRole('region', { name: /Source text/ })).toBeFocused();
  await page.keyboard.press('s');
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.toString().trim()))
    .toMatch(/^The harbour authority awarded/);
  const pressedAt = Date.now();
  await page.keyboard.press('h');
  return pressedAt;
}

/**
 * Milliseconds from `since` until `seen` holds on a page, asked every 50 ms (issue 16: "B sees both
 * within 2 s"). Printed and attached to the test; not asserted, since times move with the machine's load.
 */
async function timeUntil(what: string, since: number, seen: () => Promise<boolean>): Promise<number> {
  await expect.poll(seen, { intervals: [50], timeout: 30_000 }).toBe(true);
  const ms = Date.now() - since;
  console.log(`sync e2e: ${what} after ${ms} ms`);
  test.info().annotations.push({ type: 'sync-latency', description: `${what}: ${ms} ms` });
  return ms;
}

let work: string;
let server: { child: ChildProcess; url: string } | null = null;
const hosts: Running[] = [];
let browser: Browser | null = null;

test.beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'rn-sync-e2e-'));
});

test.afterEach(async () => {
  await browser?.close();
  browser = null;
  for (const host of hosts.splice(0)) await stopHost(host);
  if (server) await stopServer(server.child);
  server = null;
  await rm(work, { recursive: true, force: true });
});

async function host(name: string): Promise<Running> {
  await mkdir(join(work, `${name}-data`), { recursive: true });
  const running = await startHost(join(work, `${name}-start`), join(work, `${name}-data`));
  hosts.push(running);
  return running;
}

async function pageOf(running: Running): Promise<Page> {
  browser ??= await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(running.url);
  return page;
}

test('A shares, B joins as editor and sees A’s source and highlight; a reviewer reads notes but cannot type in them', async () => {
  server = await startServer(join(work, 'server'));
  const [hostA, hostB, hostC] = [await host('a'), await host('b'), await host('c')];
  const [a, b, c] = [await pageOf(hostA), await pageOf(hostB), await pageOf(hostC)];

  // A shares: the dialog shows an editor and a reviewer invitation to copy.
  await runCommand(a, 'Share this notebook');
  const share = a.getByRole('dialog', { name: 'Share this notebook' });
  await share.getByRole('textbox', { name: 'Server address' }).fill(server.url);
  await share.getByRole('textbox', { name: /Your name/ }).fill('Alice');
  await share.getByRole('button', { name: 'Share' }).click();
  const editorInvite = share.getByRole('textbox', { name: /Editor invitation/ });
  await expect(editorInvite).toHaveValue(/^rn-invite:/);
  const editor = await editorInvite.inputValue();
  const reviewer = await share.getByRole('textbox', { name: /Reviewer invitation/ }).inputValue();
  await share.getByRole('button', { name: 'Done' }).click();
  await expect(indicator(a)).toContainText('Connected');

  // B joins with the editor invitation into a new folder; A sees B in the notebook.
  await joinShared(b, editor, join(work, 'b-shared'), 'Bob');
  await expect(indicator(a)).toContainText('with Bob');

  // A imports a source: B sees it in the library (timed from A's click on Import).
  await a.getByRole('banner').getByRole('button', { name: 'Paste text' }).click();
  const paste = a.getByRole('dialog', { name: 'Paste text' });
  await paste.getByLabel('Text to import').fill(SOURCE.text);
  await paste.getByLabel('Title').fill(SOURCE.title);
  const importedAt = Date.now();
  await paste.getByRole('button', { name: 'Import' }).click();
  // Timed from A's click, which includes A's own import; A's own time is printed beside it.
  const aDone = expect(a.getByRole('status').filter({ hasText: 'Imported' }))
    .toContainText(SOURCE.title)
    .then(() => Date.now() - importedAt);
  const row = b.getByRole('grid', { name: 'Library' }).getByRole('row').filter({ hasText: SOURCE.title });
  await timeUntil('B sees A’s imported source', importedAt, async () => (await row.count()) === 1);
  console.log(`sync e2e: A's own import (click to its "Imported") took ${await aDone} ms`);

  // B opens it; A highlights its first sentence, and B's reader shows the highlight (timed from A's key).
  await row.click();
  const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Highlights and entities' });
  await expect(b.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SOURCE.title);
  await a.getByRole('grid', { name: 'Library' }).getByRole('row').filter({ hasText: SOURCE.title }).click();
  const highlightedAt = await highlightFirstSentence(a);
  await timeUntil(
    'B sees A’s highlight',
    highlightedAt,
    async () => (await panelOf(b).locator('.hl-card').count()) === 1,
  );
  await expect(panelOf(a).locator('.hl-card')).toHaveCount(1);
  await expect(panelOf(b).locator('.hl-card')).toContainText('harbour authority awarded');

  // A writes a note; the reviewer joins and opens it: read-only, and the page says why.
  const note = await callApi(hostA, 'createNote', { title: 'Draft' });
  await joinShared(c, reviewer, join(work, 'c-shared'), 'Rita');
  await expect(indicator(c)).toContainText('reviewer');
  await c.goto(`${hostC.url}#/notes/${note.id}`);
  await expect(c.getByRole('status').filter({ hasText: 'as a reviewer' })).toContainText(
    'the server refuses changes from a reviewer',
  );
  // Read-only: keys typed here go to the page's single-key shortcuts, not into the note.
  const noteText = c.getByRole('textbox', { name: 'Note text' });
  await expect(noteText).toHaveAttribute('contenteditable', 'false');
  await expect(noteText).not.toBeEditable();
});

const CLAIM = 'The tender drew three bids';
const claimCard = (page: Page) => page.getByRole('article', { name: CLAIM });
const statusOf = (page: Page) => claimCard(page).getByRole('combobox', { name: 'Status' });

test('B works offline while the server is down; after its restart everything converges and the overwritten status is in the claim’s history', async () => {
  server = await startServer(join(work, 'server'));
  const port = Number(new URL(server.url).port);
  const [hostA, hostB] = [await host('a'), await host('b')];
  // Sharing through the same calls the dialogs make (the first test drives the dialogs).
  const { editor } = await callApi(hostA, 'shareNotebook', { server: server.url, name: 'Alice' });
  await callApi(hostA, 'importText', { text: SOURCE.text, title: SOURCE.title });
  await callApi(hostA, 'createClaim', { statement: CLAIM });
  const note = await callApi(hostA, 'createNote', { title: 'Draft' });
  await callApi(hostB, 'joinSharedNotebook', {
    invitation: editor,
    path: join(work, 'b-shared'),
    name: 'Bob',
  });
  const [a, b] = [await pageOf(hostA), await pageOf(hostB)];
  await a.goto(`${hostA.url}#/claims`);
  await b.goto(`${hostB.url}#/claims`);
  await expect(statusOf(b)).toHaveValue('unverified');

  // The server goes away: both say so.
  await stopServer(server.child);
  server = null;
  await expect(indicator(a)).toContainText('Offline');
  await expect(indicator(b)).toContainText('Offline');

  // B, offline: changes the claim's status, writes in the note, highlights a sentence.
  await statusOf(b).selectOption('disputed');
  await expect(indicator(b)).toContainText('change');
  await b.goto(`${hostB.url}#/notes/${note.id}`);
  await b.getByRole('textbox', { name: 'Note text' }).click();
  await b.keyboard.type('Bob wrote this offline.');
  await expect(b.locator('[data-save-state="saved"]')).toBeVisible();
  await b.goto(`${hostB.url}#/`);
  await b.getByRole('grid', { name: 'Library' }).getByRole('row').filter({ hasText: SOURCE.title }).click();
  await highlightFirstSentence(b);
  await expect(
    b.getByRole('complementary', { name: 'Highlights and entities' }).locator('.hl-card'),
  ).toHaveCount(1);

  // A, also offline, sets the same claim's status to something else.
  await statusOf(a).selectOption('supported');
  await expect(indicator(a)).toContainText('change');

  // The server comes back on its address (held by another process for a moment, it is tried again):
  // both reconnect by themselves and converge.
  server = await retryWhileAddressInUse(() => startServer(join(work, 'server'), port));
  await expect(indicator(a)).toHaveAttribute('data-state', 'connected');
  await expect(indicator(b)).toHaveAttribute('data-state', 'connected');
  await b.goto(`${hostB.url}#/claims`);
  const [sourceA] = await callApi(hostA, 'listSources', {});
  await expect
    .poll(async () => (await callApi(hostA, 'listHighlights', { sourceId: sourceA!.id })).highlights.length)
    .toBe(1);
  await expect
    .poll(async () => JSON.stringify((await callApi(hostA, 'getNote', { id: note.id })).doc))
    .toContain('Bob wrote this offline.');
  // One status wins on both sides; the other is in the claim's history, with who set it.
  await expect
    .poll(async () => (await statusOf(a).inputValue()) === (await statusOf(b).inputValue()))
    .toBe(true);
  const winner = await statusOf(a).inputValue();
  const [loser, loserBy] = winner === 'supported' ? ['disputed', 'Bob'] : ['supported', 'Alice'];
  const history = claimCard(a).locator('.record-changes__history');
  await history.locator('summary').click();
  await expect(history).toContainText(`status “${loser}”, set by ${loserBy}`);
});

test('A and B type in the same shared note at once: both texts survive, on both screens and on disk', async () => {
  server = await startServer(join(work, 'server'));
  const [hostA, hostB] = [await host('a'), await host('b')];
  const { editor } = await callApi(hostA, 'shareNotebook', { server: server.url, name: 'Alice' });
  const note = await callApi(hostA, 'createNote', { title: 'Draft' });
  const start = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Shared start.' }] }],
  };
  await callApi(hostA, 'saveNote', { id: note.id, doc: start });
  await callApi(hostB, 'joinSharedNotebook', {
    invitation: editor,
    path: join(work, 'b-shared'),
    name: 'Bob',
  });
  await expect
    .poll(async () => JSON.stringify((await callApi(hostB, 'getNote', { id: note.id })).doc))
    .toContain('Shared start.');
  const [a, b] = [await pageOf(hostA), await pageOf(hostB)];
  await a.goto(`${hostA.url}#/notes/${note.id}`);
  await b.goto(`${hostB.url}#/notes/${note.id}`);
  const [textA, textB] = [a, b].map((page) => page.getByRole('textbox', { name: 'Note text' }));
  await expect(textA!).toContainText('Shared start.');
  await expect(textB!).toContainText('Shared start.');

  // Both type at the same time, neither having seen the other's text.
  const typeAt = async (page: Page, key: string, words: string) => {
    await page.getByRole('textbox', { name: 'Note text' }).click();
    await page.keyboard.press(key);
    await page.keyboard.type(words);
  };
  await Promise.all([
    typeAt(a, 'Control+End', ' Alice typed this.'),
    typeAt(b, 'Control+Home', 'Bob typed this. '),
  ]);

  for (const text of [textA!, textB!]) {
    await expect(text).toContainText('Bob typed this. Shared start. Alice typed this.');
  }
  // Each sees the other's caret, labelled with the name they share under, where the other typed.
  const caretOf = (page: Page, name: string) => page.locator(`.note-caret[data-name="${name}"]`);
  await expect(caretOf(b, 'Alice')).toBeVisible();
  await expect(caretOf(a, 'Bob')).toBeVisible();
  await expect(caretOf(a, 'Alice')).toHaveCount(0);
  // The note with Alice's caret is clean for axe, in light and dark, narrow and wide.
  for (const width of [800, 1440])
    for (const colorScheme of ['light', 'dark'] as const) {
      await b.setViewportSize({ width, height: 800 });
      await b.emulateMedia({ colorScheme });
      await expect(caretOf(b, 'Alice')).toBeVisible();
      await expectNoAxeViolations(
        b,
        `a shared note with a collaborator's caret (${width} px, ${colorScheme})`,
      );
      await b.screenshot({ path: join(screensDir, `note-caret-${width}-${colorScheme}.png`) });
    }
  for (const running of [hostA, hostB]) {
    await expect
      .poll(async () => JSON.stringify((await callApi(running, 'getNote', { id: note.id })).doc))
      .toContain('Bob typed this. Shared start. Alice typed this.');
  }
});
