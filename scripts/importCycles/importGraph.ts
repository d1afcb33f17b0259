import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx)$/;
const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** One import of a module: where to, and whether it is erased at build time (types only). */
export interface ImportEdge {
  specifier: string;
  typeOnly: boolean;
}

/** The imports and re-exports a source file names, with `import type` / `{ type X }`-only ones marked. */
export function importsOf(fileName: string, text: string): ImportEdge[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const edges: ImportEdge[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((element) => element.isTypeOnly)));
      edges.push({ specifier: node.moduleSpecifier.text, typeOnly: onlyTypes });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const onlyTypes =
        node.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((element) => element.isTypeOnly));
      edges.push({ specifier: node.moduleSpecifier.text, typeOnly: onlyTypes });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      edges.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : listSources(full);
    return SOURCE.test(name) ? [full] : [];
  });
}

/** The module a relative specifier names, or null for packages, styles and anything that is not ours. */
function resolveRelative(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const suffix of CANDIDATES) {
    const candidate = base + suffix;
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export interface ImportGraphs {
  /** Imports that exist when the code runs (type-only ones are erased). */
  runtime: Map<string, string[]>;
  /** Every import, types included: what ties one folder to another. */
  all: Map<string, string[]>;
}

/** Every module under `roots` (relative to `cwd`) with the modules it imports, as slash-separated paths. */
export function importGraphs(cwd: string, roots: readonly string[]): ImportGraphs {
  const runtime = new Map<string, string[]>();
  const all = new Map<string, string[]>();
  const name = (file: string) => path.relative(cwd, file).split(path.sep).join('/');
  for (const root of roots) {
    for (const file of listSources(path.join(cwd, root))) {
      const edges = importsOf(file, readFileSync(file, 'utf8')).flatMap((edge) => {
        const target = resolveRelative(file, edge.specifier);
        return target === null ? [] : [{ target: name(target), typeOnly: edge.typeOnly }];
      });
      const unique = (list: string[]) => [...new Set(list)].sort();
      runtime.set(name(file), unique(edges.filter((edge) => !edge.typeOnly).map((edge) => edge.target)));
      all.set(name(file), unique(edges.map((edge) => edge.target)));
    }
  }
  return { runtime, all };
}
