// Enforces the project's size rules on production code: no file over MAX_FILE_LINES lines, no
// function over MAX_FUNCTION_LINES lines unless a comment just above it says why it is long
// (a line containing "long because" or "(long:"). Tests, fixtures and scripts are not checked.
// Usage: tsx scripts/checkSizes.ts   (exit 1 when an enforced root breaks a rule)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 60;

/** Roots checked, and whether a finding there fails the run. */
const ROOTS: Array<{ dir: string; enforced: boolean }> = [
  { dir: 'electron', enforced: true },
  { dir: 'shared', enforced: true },
  { dir: 'renderer', enforced: true },
];

const REASON = /long because|\(long:/i;

export interface Finding {
  file: string;
  line: number;
  message: string;
}

function isProduction(path: string): boolean {
  return (
    /\.(ts|tsx)$/.test(path) &&
    !/\.test\.tsx?$/.test(path) &&
    !/\.d\.ts$/.test(path) &&
    !/(^|\/)(testing|fixtures)\//.test(path) &&
    !/vite\.config\.ts$/.test(path)
  );
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (isProduction(path)) yield path;
  }
}

function nameOf(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}

/** The comment lines written just above a function, or above the statement that holds it. */
function leadingComments(node: ts.Node, text: string): string {
  let holder: ts.Node = node;
  while (
    holder.parent &&
    (ts.isVariableDeclaration(holder.parent) ||
      ts.isVariableDeclarationList(holder.parent) ||
      ts.isVariableStatement(holder.parent) ||
      ts.isPropertyAssignment(holder.parent) ||
      ts.isExportAssignment(holder.parent))
  )
    holder = holder.parent;
  const ranges = ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? [];
  return ranges.map((r) => text.slice(r.pos, r.end)).join('\n');
}

/** Size findings for one file's source text. */
export function checkSource(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_FILE_LINES)
    findings.push({ file, line: 1, message: `file has ${lines} lines (limit ${MAX_FILE_LINES})` });
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const length = end - start + 1;
      if (length > MAX_FUNCTION_LINES && !REASON.test(leadingComments(node, text))) {
        findings.push({
          file,
          line: start + 1,
          message: `function ${nameOf(node)} has ${length} lines (limit ${MAX_FUNCTION_LINES}; or say why above it: "long because …")`,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function main(): number {
  let failed = 0;
  for (const { dir, enforced } of ROOTS) {
    for (const path of walk(dir)) {
      for (const f of checkSource(relative('.', path), readFileSync(path, 'utf8'))) {
        console.log(`${enforced ? 'error' : 'note '} ${f.file}:${f.line} ${f.message}`);
        if (enforced) failed++;
      }
    }
  }
  if (failed > 0) console.log(`${failed} size rule(s) broken in enforced roots.`);
  return failed > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith('checkSizes.ts')) process.exitCode = main();
