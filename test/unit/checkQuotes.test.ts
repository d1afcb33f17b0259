import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { exitCodeOf, type AppError } from '../../shared/errors';
import { NotebookSession } from '../../electron/session/notebookSession';
import { buildDocx, para } from '../../scripts/fixtures/buildDocx';
import { addPlainSource } from './helpers/addPlainSource';

const FIXTURES = join(__dirname, '../fixtures/quotes');
const ARTICLES = ['reservoir.txt', 'tramline.txt', 'hospital.txt', 'ministry-ru.txt', 'hafen-de.txt'];

/** The draft's 30 quotations in order: what each is and what the check must say. */
const EXPECTED: Array<[string, 'exact' | 'differs' | 'not-found', string | null]> = [
  ['exact', 'exact', 'Reservoir'],
  ['exact, short', 'exact', 'Reservoir'],
  ['exact, lower-case start', 'exact', 'Reservoir'],
  ['one word altered (March for February)', 'differs', 'Reservoir'],
  ['shortened with an ellipsis', 'exact', 'Reservoir'],
  ['translated marks «»', 'exact', 'Reservoir'],
  ['one word altered (third for second)', 'differs', 'Reservoir'],
  ['exact', 'exact', 'Reservoir'],
  ['exact', 'exact', 'tram'],
  ['exact', 'exact', 'tram'],
  ['one word altered (train for bus)', 'differs', 'tram'],
  ['shortened with [...]', 'exact', 'tram'],
  ['exact', 'exact', 'tram'],
  ['number altered (70 for 60)', 'differs', 'tram'],
  ['translated marks „“', 'exact', 'tram'],
  ['found nowhere', 'not-found', null],
  ['exact', 'exact', 'hospital'],
  ['exact', 'exact', 'hospital'],
  ['exact', 'exact', 'hospital'],
  ['found nowhere', 'not-found', null],
  ['shortened with an ellipsis', 'exact', 'hospital'],
  ['found nowhere', 'not-found', null],
  ['words altered (two hours for an hour)', 'differs', 'hospital'],
  ['exact, Russian «»', 'exact', 'Министерство'],
  ['one word altered, Russian', 'differs', 'Министерство'],
  ['translated marks „“ on Russian', 'exact', 'Министерство'],
  ['exact, German „“', 'exact', 'Hafen'],
  ['German, shortened with an ellipsis', 'exact', 'Hafen'],
  ['a translation, found nowhere', 'not-found', null],
  ['words dropped without an ellipsis', 'differs', 'Hafen'],
];

interface Line {
  quote: string;
  status: string;
  sourceId: string | null;
  sourceTitle: string | null;
  sourceText: string | null;
  diff: unknown[] | null;
}

async function addAsWritten(notebook: string, file: string): Promise<void> {
  const raw = await readFile(file, 'utf8');
  const [title = '', ...rest] = raw.trim().split('\n\n');
  const text = rest.join('\n\n');
  const session = await NotebookSession.open({ notebookDir: notebook, userDataDir: null });
  try {
    await addPlainSource(session.notebook, { title, text, original: raw, fileName: basename(file) });
  } finally {
    await session.close();
  }
}

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(args, (l) => lines.push(l));
  return { code, lines };
}

describe('check-quotes on a draft', () => {
  let dir = '';
  let notebook = '';
  // One notebook for every test here (the shared helper removes its folders after each test).
  afterAll(() => rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rn-quotes-'));
    notebook = join(dir, 'nb');
    const imported = await run([
      'import',
      ...ARTICLES.map((a) => join(FIXTURES, a)),
      '--notebook',
      notebook,
      '--json',
    ]);
    const failed = imported.lines
      .map((l) => JSON.parse(l) as { file: string; status: string })
      .filter((r) => r.status === 'failed');
    // The importer refuses some non-English pasted text today (issue 12); that is not what this test
    // checks, so such an article goes in as written, without extraction.
    for (const { file } of failed) await addAsWritten(notebook, file);
  });

  const expectStatuses = (lines: string[]): void => {
    const found = lines.map((l) => JSON.parse(l) as Line);
    expect(found).toHaveLength(EXPECTED.length);
    found.forEach((line, i) => {
      const [why, status, title] = EXPECTED[i] ?? [];
      expect({ why, quote: line.quote, status: line.status }).toEqual({ why, quote: line.quote, status });
      if (title === null) expect(line.sourceId).toBeNull();
      else expect(line.sourceTitle).toContain(title);
      if (status === 'differs') expect(line.diff?.length).toBeGreaterThan(0);
      if (status !== 'not-found') expect(line.sourceText).toBeTruthy();
      else expect(line.sourceText).toBeNull();
    });
  };

  it('gives every quotation of the Markdown draft its status, one JSON line each, and exits 1', async () => {
    const { code, lines } = await run([
      'check-quotes',
      '--notebook',
      notebook,
      '--draft',
      join(FIXTURES, 'draft.md'),
      '--json',
    ]);
    expectStatuses(lines);
    expect(code).toBe(1);
  });

  it('reads the same draft as Word and as HTML', async () => {
    const paragraphs = (await readFile(join(FIXTURES, 'draft.md'), 'utf8'))
      .split('\n\n')
      .map((p) => p.trim());
    await writeFile(join(dir, 'draft.docx'), buildDocx({ paragraphs: paragraphs.map((p) => para([p])) }));
    const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    await writeFile(
      join(dir, 'draft.html'),
      `<!doctype html><html><head><title>x</title><script>alert(1)</script></head><body>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</body></html>`,
    );
    for (const file of ['draft.docx', 'draft.html']) {
      const { code, lines } = await run([
        'check-quotes',
        '--notebook',
        notebook,
        '--draft',
        join(dir, file),
        '--json',
      ]);
      expectStatuses(lines);
      expect(code).toBe(1);
    }
  });

  it('exits 0 when every quotation is exact, and writes an HTML report with everything escaped', async () => {
    await writeFile(
      join(dir, 'good.txt'),
      'She said "the wells on my land have been dry since February" <b>today</b>.',
    );
    const report = join(dir, 'report.html');
    const { code, lines } = await run([
      'check-quotes',
      '--notebook',
      notebook,
      '--draft',
      join(dir, 'good.txt'),
      '--html',
      report,
    ]);
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/1 quotations: 1 exact/);
    const html = await readFile(report, 'utf8');
    expect(html).toContain('Exact');
    expect(html).not.toContain('<script');
  });

  it('refuses bad input as a usage error, which the command line exits with status 2', async () => {
    // In process: spawning the CLI twice took longer than a test may on a loaded machine.
    for (const args of [
      ['--notebook', notebook, '--draft', join(FIXTURES, 'no-such-draft.md')],
      ['--notebook', notebook, '--draft', join(FIXTURES, 'reservoir.txt'), '--note', 'x'],
      ['--notebook', notebook],
      ['--notebook', notebook, '--note', '01890a5d-ac96-774b-bcce-b302099a8057'],
    ]) {
      const error = await run(['check-quotes', ...args]).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, args.join(' ')).toMatchObject({ code: 'USAGE' });
      expect(exitCodeOf((error as AppError).code)).toBe(2);
    }
  });
});
