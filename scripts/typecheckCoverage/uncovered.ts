// Which TypeScript files no tsconfig of `npm run typecheck` names: such a file would never be
// type-checked unless something checked happens to import it, and nothing would say so.
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The files a tsconfig names through include/files/exclude (imports are not followed). */
export function namedFiles(configPath: string): string[] {
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(resolve(configPath)));
  return parsed.fileNames.map((file) => resolve(file));
}

/** `files` (absolute) that none of `named` holds, relative to `root`, sorted. */
export function uncovered(
  files: readonly string[],
  named: ReadonlyArray<readonly string[]>,
  root: string,
): string[] {
  const covered = new Set(named.flat());
  return files
    .filter((file) => !covered.has(file))
    .map((file) => relative(root, file))
    .sort();
}
