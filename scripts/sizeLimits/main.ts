/**
 * `npm run lint` runs this (as `check:sizes`) over the production code of electron/, shared/ and renderer/:
 * no file (code or style) over 300 lines, no function over 60 lines unless a comment right above it says why
 * (`// Long because: …`). Tests, test helpers, fixtures and type declarations are not checked.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_LINES, MAX_FUNCTION_LINES, lineCount, longFunctions } from './sizeLimits';

const ROOTS = ['electron', 'shared', 'renderer'];
const CHECKED = /\.(ts|tsx|css)$/;
const SKIPPED = /\.test\.(ts|tsx)$|\.d\.ts$|(^|\/)(testing|fixtures)\/|(^|\/)vite\.config\.ts$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listFiles(full);
    return CHECKED.test(name) && !SKIPPED.test(full) ? [full] : [];
  });
}

const problems: string[] = [];
for (const file of ROOTS.flatMap(listFiles)) {
  const text = readFileSync(file, 'utf8');
  const lines = lineCount(text);
  if (lines > MAX_FILE_LINES) problems.push(`${file}: ${lines} lines (at most ${MAX_FILE_LINES}); split it.`);
  if (!/\.tsx?$/.test(file)) continue;
  for (const fn of longFunctions(file, text)) {
    problems.push(
      `${file}:${fn.line}: ${fn.name} is ${fn.lines} lines (at most ${MAX_FUNCTION_LINES} without a "// Long because: …" comment above it).`,
    );
  }
}
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log(
  `${ROOTS.join(', ')}: files within ${MAX_FILE_LINES} lines, functions within ${MAX_FUNCTION_LINES} (or with a reason).`,
);
