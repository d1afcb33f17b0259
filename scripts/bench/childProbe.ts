import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs `exportName(arg)` from the module at `moduleUrl` in a fresh Node process and returns
 * the JSON it prints last: memory and cold-start figures must not include this process's
 * earlier suites.
 */
export function probeInChild<T>(moduleUrl: string, exportName: string, arg: string): Promise<T> {
  const self = fileURLToPath(moduleUrl);
  const code = `import(${JSON.stringify(self)}).then((m) => m[${JSON.stringify(exportName)}](${JSON.stringify(arg)}))`;
  const repo = join(fileURLToPath(import.meta.url), '..', '..', '..');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', code], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code === 0) resolve(JSON.parse(line) as T);
      else reject(new Error(`${exportName} exited with ${code}`));
    });
  });
}
