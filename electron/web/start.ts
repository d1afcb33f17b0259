import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { toErrorShape } from '../../shared/errors';
import { warmParsersAfterOpen } from '../import/isolated/parserWorker';
import { defaultNotebookDir, NotebookSession } from '../session/notebookSession';
import { userDataDirOutsideElectron } from '../userDataDir';
import { startWebHost } from './webHost';

const USAGE = 'Usage: npm run web -- [--notebook DIR] [--port N] [--user-data DIR]';

/** `npm run web`: the same notebook and handlers as the desktop app, in a browser on this computer. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      notebook: { type: 'string' },
      port: { type: 'string' },
      'user-data': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`--port must be a number from 0 to 65535. ${USAGE}`);
  }
  const userDataDir = values['user-data'] ?? userDataDirOutsideElectron();
  const session = await NotebookSession.open({
    liveSync: true,
    notebookDir: values.notebook ?? defaultNotebookDir(userDataDir),
    userDataDir,
  });
  const host = await startWebHost({
    handlers: session.handlers,
    rendererDir: fileURLToPath(new URL('../../out/renderer', import.meta.url)),
    port,
  });
  console.log(`Notebook ready at ${host.url}`);
  warmParsersAfterOpen();

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await session.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(toErrorShape(error).message);
  process.exit(1);
});
