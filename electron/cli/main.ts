import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { findQuote } from '../../shared/anchoring';
import { dispatch } from '../../shared/contract';
import { namesOf } from '../../shared/entities/mergeEntities';
import { AppError, exitCodeOf, toErrorShape } from '../../shared/errors';
import type { Highlight } from '../../shared/model';
import { summarizeSource } from '../../shared/model';
import { prepareImport, type PreparedImport } from '../import/prepareImport';
import { captureUrl } from '../import/url/captureUrl';
import { PACKET_USAGE, packetCommands } from './packetCommands';
import { QUOTE_USAGE, runCheckQuotes } from './quoteCommands';
import { SYNC_USAGE, syncCommands } from './syncCommands';
import { NotebookSession } from '../session/notebookSession';

const USAGE = `Research Notebook command line

  import <files…> --notebook DIR [--json]   import files into a notebook
  list --notebook DIR [--json]              list the sources of a notebook
  extract <files or URLs…> [--json]         show what would be imported (writes nothing)
  highlight --notebook DIR --source ID --quote "exact text"
            [--comment TEXT] [--entity NAME]… [--color 1-5] [--json]
  search "QUERY" --notebook DIR [--json]     ranked hits with kind, id, title and snippet
${PACKET_USAGE}
${QUOTE_USAGE}
${SYNC_USAGE}`;

type Print = (line: string) => void;

const CLI_OPTIONS = {
  notebook: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean' },
  source: { type: 'string' },
  quote: { type: 'string' },
  comment: { type: 'string' },
  entity: { type: 'string', multiple: true },
  color: { type: 'string' },
} as const;

interface CliValues {
  notebook?: string;
  source?: string;
  quote?: string;
  comment?: string;
  entity?: string[];
  color?: string;
}

async function openSession(notebook: string | undefined): Promise<NotebookSession> {
  if (!notebook) throw new AppError('USAGE', '--notebook DIR is required.');
  return NotebookSession.open({ notebookDir: notebook, userDataDir: null });
}

async function runImport(
  files: string[],
  notebook: string | undefined,
  json: boolean,
  print: Print,
): Promise<number> {
  if (files.length === 0) throw new AppError('USAGE', 'Name at least one file to import.');
  const session = await openSession(notebook);
  let failed = 0;
  try {
    for (const outcome of await session.importPaths(files)) {
      if (outcome.result) {
        const { status, sourceId } = outcome.result;
        if (json) print(JSON.stringify({ file: outcome.file, status, sourceId }));
        else if (outcome.result.status === 'duplicate') {
          print(`${outcome.file}: already in the notebook as “${outcome.result.duplicateOf.title}”`);
        } else print(`${outcome.file}: imported “${outcome.result.title}” (${sourceId})`);
      } else {
        failed++;
        const error = outcome.error?.message ?? 'failed';
        print(
          json
            ? JSON.stringify({ file: outcome.file, status: 'failed', error })
            : `${outcome.file}: ${error}`,
        );
      }
    }
  } finally {
    await session.close();
  }
  return failed > 0 ? 1 : 0;
}

async function runList(notebook: string | undefined, json: boolean, print: Print): Promise<number> {
  const session = await openSession(notebook);
  try {
    const sources = session.notebook.sources().map(summarizeSource);
    if (json) print(JSON.stringify(sources));
    else for (const s of sources) print(`${s.id}  ${s.title}${s.site ? ` — ${s.site}` : ''}`);
  } finally {
    await session.close();
  }
  return 0;
}

async function extractUrl(url: string, capturedAt: string): Promise<PreparedImport> {
  const captured = await captureUrl(url);
  return prepareImport(captured.bytes, {
    fileName: new URL(captured.finalUrl).hostname,
    capturedAt,
    url: captured.finalUrl,
  });
}

async function runExtract(files: string[], json: boolean, print: Print): Promise<number> {
  if (files.length === 0) throw new AppError('USAGE', 'Name at least one file to extract.');
  let failed = 0;
  for (const file of files) {
    try {
      const capturedAt = new Date().toISOString();
      const article = /^https?:\/\//i.test(file)
        ? await extractUrl(file, capturedAt)
        : await prepareImport(await readFile(file), { fileName: basename(file), capturedAt });
      const { title, authors, site, publishedAt, text } = article;
      const removed = article.extraction.removed;
      if (json) print(JSON.stringify({ title, authors, site, publishedAt, text, removed }));
      else print(`# ${title}\n\n${text}\n`);
    } catch (error) {
      failed++;
      const message = toErrorShape(error).message;
      print(json ? JSON.stringify({ file, error: message }) : `${file}: ${message}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

async function runHighlight(values: CliValues, json: boolean, print: Print): Promise<number> {
  const { source, quote } = values;
  if (!source || !quote) throw new AppError('USAGE', '--source ID and --quote "exact text" are required.');
  const color = values.color === undefined ? 1 : Number(values.color);
  if (!Number.isInteger(color) || color < 1 || color > 5)
    throw new AppError('USAGE', '--color must be a number from 1 to 5.');
  const session = await openSession(values.notebook);
  try {
    const { text } = await session.handlers.getSource({ id: source });
    const found = findQuote(text, quote);
    if (found.length === 0)
      throw new AppError('NOT_FOUND', `The quote does not occur in that source: “${quote}”.`);
    if (found.length > 1) {
      throw new AppError(
        'INVALID_INPUT',
        `The quote occurs ${found.length} times in that source; add more words so it occurs once.`,
      );
    }
    const entityIds = await ensureEntities(session, values.entity ?? []);
    const [{ start, end }] = found as [{ start: number; end: number }];
    const outcome = await dispatch(session.handlers, 'createHighlight', {
      sourceId: source,
      start,
      end,
      color,
      comment: values.comment ?? '',
      entityIds,
    });
    if (!outcome.ok) throw AppError.fromShape(outcome.error);
    const highlight = outcome.result as Highlight;
    print(json ? JSON.stringify(highlight) : `Highlighted “${highlight.quote.exact}” (${highlight.id})`);
  } finally {
    await session.close();
  }
  return 0;
}

async function runSearch(
  query: string | undefined,
  values: CliValues,
  json: boolean,
  print: Print,
): Promise<number> {
  if (!query) throw new AppError('USAGE', 'Give the words to search for: search "QUERY" --notebook DIR.');
  const session = await openSession(values.notebook);
  try {
    const result = await session.handlers.search({ query, limit: 20 });
    const hits = result.groups
      .flatMap((g) => g.hits)
      .sort((a, b) => b.score - a.score)
      .map((hit) => ({
        kind: hit.kind,
        id: hit.id,
        sourceId: hit.sourceId ?? null,
        title: hit.title,
        snippet: hit.snippet.map((p) => p.text).join(''),
        matches: hit.snippet.filter((p) => p.match).map((p) => p.text),
        score: Math.round(hit.score * 1000) / 1000,
      }));
    if (json) print(JSON.stringify(hits));
    else for (const hit of hits) print(`${hit.kind.padEnd(9)} ${hit.title}\n          ${hit.snippet}`);
  } finally {
    await session.close();
  }
  return 0;
}

/** Entity ids for the given names, creating the ones the notebook does not have yet. */
async function ensureEntities(session: NotebookSession, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const folded = name.trim().toLocaleLowerCase();
    const existing = session.notebook
      .list('entities')
      .find((e) => namesOf(e).some((n) => n.toLocaleLowerCase() === folded));
    ids.push(
      existing?.id ??
        (await session.handlers.createEntity({ type: 'other', name, aliases: [], description: '' })).id,
    );
  }
  return ids;
}

/** Runs one CLI command; returns the exit status. */
export async function runCli(argv: string[], print: Print = (l) => console.log(l)): Promise<number> {
  // Packet commands take their own options, so they are routed before the shared parser.
  const packetCommand = argv[0] === undefined ? undefined : packetCommands[argv[0]];
  if (packetCommand) return packetCommand(argv.slice(1), print);
  if (argv[0] === 'check-quotes') return runCheckQuotes(argv.slice(1), print);
  const syncCommand = argv[0] === undefined ? undefined : syncCommands[argv[0]];
  if (syncCommand) return syncCommand(argv.slice(1), print);
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: CLI_OPTIONS,
  });
  const [command, ...rest] = positionals;
  const json = values.json ?? false;
  switch (command) {
    case 'import':
      return runImport(rest, values.notebook, json, print);
    case 'list':
      return runList(values.notebook, json, print);
    case 'extract':
      return runExtract(rest, json, print);
    case 'highlight':
      return runHighlight(values, json, print);
    case 'search':
      return runSearch(rest.join(' '), values, json, print);
    default:
      print(USAGE);
      return values.help ? 0 : 2;
  }
}

const isEntryPoint = process.argv[1] !== undefined && /cli[/\\]main\.(ts|js)$/.test(process.argv[1]);
if (isEntryPoint) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // The same message the page would show; 2 when the command was wrong, 1 when it failed.
      const shape = toErrorShape(error);
      console.error(shape.message);
      process.exit(exitCodeOf(shape.code));
    },
  );
}
