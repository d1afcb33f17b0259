import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type NotebookHost } from './fixtures';

const TYPED = 'The harbour board meets again on the ninth; ask for the tender papers.';

/** The id of the web host process serving this test's notebook, found by its command line. */
function hostPid(host: NotebookHost): number {
  const wanted = `--notebook\0${host.notebookDir}\0`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(wanted)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error(`No web host process found for ${host.notebookDir}`);
}

test('text typed into a note survives the host being killed once the note says Saved', async ({
  page,
  host,
}) => {
  test.skip(process.platform !== 'linux', 'finds the host process through /proc');
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  const item = page.locator('.note-item').first();
  await expect(item).toHaveAttribute('data-note-id', /.+/);
  const noteId = (await item.getAttribute('data-note-id'))!;
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await editor.click();
  await page.keyboard.type(TYPED);
  const typed = Date.now();

  // "Saved" means on disk: the save call resolves only after the durable write. The delay itself (one
  // save 700 ms after typing stops) is checked with fake timers in renderer/notes/autosaver.test.ts; a
  // fixed wait here would fail whenever the machine is busy. The time taken is noted, not asserted.
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  test.info().annotations.push({ type: 'typed-to-saved-ms', description: String(Date.now() - typed) });

  const pid = hostPid(host);
  process.kill(pid, 'SIGKILL');
  await expect
    .poll(
      () =>
        fetch(`${host.origin}/`).then(
          () => 'up',
          () => 'down',
        ),
      { timeout: 10_000 },
    )
    .toBe('down');

  const url = await host.restart();
  await page.goto(`${url}#/notes/${noteId}`);
  await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveText(TYPED);
});
