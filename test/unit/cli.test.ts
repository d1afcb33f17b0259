import { execFileSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { exitCodeOf, toErrorShape } from '../../shared/errors';
import { tempDir } from './helpers/tempDir';

const ARTICLE =
  'Reservoir levels fall\n\nThe reservoir is at 41% of capacity.\n\nRationing may follow in June.\n';

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(args, (l) => lines.push(l));
  return { code, lines };
}

describe('cli', () => {
  it('extract prints one JSON line per file and writes nothing', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    const { code, lines } = await run(['extract', join(dir, 'a.txt'), '--json']);
    expect(code).toBe(0);
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([
      {
        title: 'Reservoir levels fall',
        authors: [],
        site: null,
        publishedAt: null,
        text: 'The reservoir is at 41% of capacity.\n\nRationing may follow in June.',
        removed: [],
      },
    ]);
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('import then list shows the source; a second import reports a duplicate; a bad file fails alone', async () => {
    const dir = await tempDir();
    const notebook = join(dir, 'nb');
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'empty.txt'), '');
    const first = await run([
      'import',
      join(dir, 'a.txt'),
      join(dir, 'empty.txt'),
      '--notebook',
      notebook,
      '--json',
    ]);
    const results = first.lines.map(
      (l) => JSON.parse(l) as { status: string; sourceId?: string; error?: string },
    );
    expect(results.map((r) => r.status)).toEqual(['imported', 'failed']);
    expect(results[1]?.error).toMatch(/empty\.txt.*empty/);
    expect(first.code).toBe(1);

    const again = await run(['import', join(dir, 'a.txt'), '--notebook', notebook, '--json']);
    expect(JSON.parse(again.lines[0] ?? '')).toMatchObject({
      status: 'duplicate',
      sourceId: results[0]?.sourceId,
    });

    const list = await run(['list', '--notebook', notebook, '--json']);
    const sources = JSON.parse(list.lines[0] ?? '') as Array<{ id: string; title: string }>;
    expect(sources).toEqual([
      expect.objectContaining({ id: results[0]?.sourceId, title: 'Reservoir levels fall' }),
    ]);
  });

  it('`npm run --silent cli` prints only the JSON', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    const out = execFileSync(
      'npm',
      ['run', '--silent', 'cli', '--', 'extract', join(dir, 'a.txt'), '--json'],
      {
        cwd: join(__dirname, '../..'),
        encoding: 'utf8',
      },
    );
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out)).toMatchObject({ title: 'Reservoir levels fall' });
  });

  it('highlight anchors a quote, creates missing entities, and refuses absent or ambiguous quotes', async () => {
    const dir = await tempDir();
    const notebook = join(dir, 'nb');
    await writeFile(
      join(dir, 'a.txt'),
      'Water report\n\nThe reservoir is low. The reservoir is low again, said Ines Dahl.\n',
    );
    const imported = await run(['import', join(dir, 'a.txt'), '--notebook', notebook, '--json']);
    const { sourceId } = JSON.parse(imported.lines[0] ?? '') as { sourceId: string };
    const base = ['highlight', '--notebook', notebook, '--source', sourceId, '--json'];

    const made = await run([
      ...base,
      '--quote',
      'said Ines Dahl',
      '--entity',
      'Ines Dahl',
      '--color',
      '3',
      '--comment',
      'source?',
    ]);
    const highlight = JSON.parse(made.lines[0] ?? '') as {
      quote: { exact: string };
      color: number;
      entityIds: string[];
      comment: string;
    };
    expect(highlight).toMatchObject({ quote: { exact: 'said Ines Dahl' }, color: 3, comment: 'source?' });
    expect(highlight.entityIds).toHaveLength(1);

    await expect(run([...base, '--quote', 'The reservoir is low'])).rejects.toThrow(/occurs 2 times/);
    await expect(run([...base, '--quote', 'not in the text'])).rejects.toThrow(/does not occur/);
    await expect(run([...base, '--quote', 'said', '--color', '9'])).rejects.toThrow(/--color/);
  });

  it('fails with the one error type: exit 2 for a wrong command, 1 for a failed one, the same message', async () => {
    const dir = await tempDir();
    const failure = async (args: string[]) => {
      const shape = toErrorShape(await run(args).catch((e: unknown) => e));
      return { code: shape.code, exit: exitCodeOf(shape.code), message: shape.message };
    };
    expect(await failure(['import'])).toEqual({
      code: 'USAGE',
      exit: 2,
      message: 'Name at least one file to import.',
    });
    expect(await failure(['list', '--bogus'])).toMatchObject({ code: 'USAGE', exit: 2 });
    expect(
      await failure([
        'highlight',
        '--notebook',
        join(dir, 'nb'),
        '--source',
        '01890a5d-ac96-774b-bcce-b302099a8057',
        '--quote',
        'x',
      ]),
    ).toEqual({
      code: 'NOT_FOUND',
      exit: 1,
      message: 'That source is not in this notebook (it may have been removed).',
    });
  });

  it('search prints ranked hits with kind, id, title and snippet', async () => {
    const dir = await tempDir();
    const notebook = join(dir, 'nb');
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await run(['import', join(dir, 'a.txt'), '--notebook', notebook, '--json']);
    const { lines } = await run(['search', 'rationing', '--notebook', notebook, '--json']);
    const hits = JSON.parse(lines[0] ?? '') as Array<{
      kind: string;
      title: string;
      snippet: string;
      matches: string[];
    }>;
    expect(hits[0]).toMatchObject({ kind: 'source', title: 'Reservoir levels fall' });
    expect(hits[0]?.snippet).toContain('Rationing may follow');
    expect(hits[0]?.matches.map((m) => m.toLowerCase())).toContain('rationing');
  });
});
