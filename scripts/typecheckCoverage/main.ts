/**
 * `npm run lint` runs this: every .ts/.tsx file under the checked folders must be named by one of
 * the tsconfigs `npm run typecheck` compiles, so no file drops out of type checking silently
 * (the Node program has no DOM library; browser-side tests live in tsconfig.test-dom.json).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { namedFiles, uncovered } from './uncovered';

const FOLDERS = ['electron', 'shared', 'renderer', 'scripts', 'test'];
const TYPESCRIPT = /\.(ts|tsx|mts|cts)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(full);
    return TYPESCRIPT.test(entry.name) ? [resolve(full)] : [];
  });
}

const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts.typecheck;
const configs = [...(script ?? '').matchAll(/tsc -p (\S+)/g)].map((match) => match[1] ?? '');
const missing = uncovered(FOLDERS.flatMap(listFiles), configs.map(namedFiles), process.cwd());
for (const file of missing) console.error(`${file}: no tsconfig in "npm run typecheck" includes it.`);
if (missing.length > 0 || configs.length === 0) process.exit(1);
console.log(`Every TypeScript file is named by one of ${configs.length} tsconfigs.`);
