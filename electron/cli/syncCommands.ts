import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { joinNotebook, shareNotebook } from '../sync/client/shareJoin';
import { runCycle, syncOnce, type CycleReport } from '../sync/client/syncCycle';
import { readSyncConfig } from '../sync/client/syncState';
import { runServer } from '../sync/server/main';
import { NotebookStore } from '../store/notebookStore';

type Print = (line: string) => void;

export const SYNC_USAGE = `  share --notebook DIR --server URL [--name NAME] [--json]   share a notebook; prints an editor and a reviewer invitation
  join INVITATION --notebook DIR [--name NAME]             join a shared notebook into a new folder
  sync --notebook DIR [--once]                            exchange changes with the server (--once: one exchange, then exit)
  serve --data DIR [--port N] [--redis URL]               run a sync server (docs/sync.md)`;

const OPTIONS = {
  notebook: { type: 'string' },
  server: { type: 'string' },
  name: { type: 'string' },
  json: { type: 'boolean', default: false },
  once: { type: 'boolean', default: false },
} as const;

function describe(report: CycleReport): string {
  const parts = [`${report.documents} documents in step with the server`, `${report.sent} changes sent`];
  if (report.refused > 0)
    parts.push(
      `${report.refused} changes refused: a reviewer cannot change sources, highlights, entities, claims or notes`,
    );
  if (report.waitingForFiles > 0) parts.push(`${report.waitingForFiles} sources waiting for their files`);
  if (report.invalid > 0)
    parts.push(`${report.invalid} records from others left out (they failed our checks)`);
  const problems = report.quotesRechecked.reduce((sum, n) => sum + n.problems, 0);
  if (report.quotesRechecked.length > 0)
    parts.push(
      `quotes checked again in ${report.quotesRechecked.length} notes whose cited highlights changed: ${problems} problems`,
    );
  return parts.join('; ') + '.';
}

function requireNotebook(dir: string | undefined): string {
  if (!dir) throw new AppError('USAGE', '--notebook DIR is required.');
  return dir;
}

/** `sync` without --once: exchanges again every second until stopped (Ctrl-C or SIGTERM). */
async function syncLoop(dir: string, print: Print): Promise<number> {
  const config = await readSyncConfig(dir);
  if (!config) throw new AppError('USAGE', 'This notebook is not shared: use share or join first.');
  const store = await NotebookStore.open(dir);
  let stopping = false;
  const stop = () => (stopping = true);
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  try {
    while (!stopping) {
      try {
        const report = await runCycle(store, config);
        if (report.sent > 0 || report.refused > 0) print(describe(report));
      } catch (error) {
        print(`Offline: ${error instanceof Error ? error.message : String(error)} Retrying.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    await store.close();
  }
  return 0;
}

async function runShare(argv: string[], print: Print): Promise<number> {
  const { values } = parseArgs({ args: argv, options: OPTIONS });
  if (!values.server) throw new AppError('USAGE', '--server URL is required.');
  const result = await shareNotebook(requireNotebook(values.notebook), values.server, values.name);
  if (values.json) print(JSON.stringify({ editor: result.editor, reviewer: result.reviewer }));
  else {
    print(result.editor);
    print(result.reviewer);
  }
  return 0;
}

async function runJoin(argv: string[], print: Print): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  const [invitation] = positionals;
  if (!invitation) throw new AppError('USAGE', 'Give the invitation: join INVITATION --notebook DIR.');
  print(describe(await joinNotebook(requireNotebook(values.notebook), invitation, values.name)));
  return 0;
}

async function runSync(argv: string[], print: Print): Promise<number> {
  const { values } = parseArgs({ args: argv, options: OPTIONS });
  const dir = requireNotebook(values.notebook);
  if (!values.once) return syncLoop(dir, print);
  const report = await syncOnce(dir);
  print(describe(report));
  return report.refused > 0 ? 1 : 0;
}

/** The sharing commands, routed before the shared parser (they take their own options). */
export const syncCommands: Record<string, (argv: string[], print: Print) => Promise<number>> = {
  share: runShare,
  join: runJoin,
  sync: runSync,
  serve: (argv, print) => runServer(argv, print),
};
