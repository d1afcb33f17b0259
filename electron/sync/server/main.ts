import { parseArgs } from 'node:util';
import { startSyncServer } from './startServer';

const USAGE = 'Usage: npm run server -- --data DIR [--port N] [--redis URL] [--postgres URL]';

/** `npm run server` and `research-notebook serve`: runs until SIGTERM or SIGINT; returns the exit status. */
export async function runServer(
  argv: string[],
  print = (line: string) => console.log(line),
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '0' },
      redis: { type: 'string' },
      postgres: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!values.data || !Number.isInteger(port) || port < 0 || port > 65535) {
    print(USAGE);
    return 2;
  }
  const server = await startSyncServer({
    dataDir: values.data,
    port,
    redisUrl: values.redis,
    postgresUrl: values.postgres,
  });
  print(`Server ready at ${server.url}`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await server.stop();
  return 0;
}

const isEntryPoint =
  process.argv[1] !== undefined && /sync[/\\]server[/\\]main\.(ts|js)$/.test(process.argv[1]);
if (isEntryPoint) {
  runServer(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
