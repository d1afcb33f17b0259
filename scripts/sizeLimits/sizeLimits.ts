import ts from 'typescript';

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 60;
/** A comment right above a longer function must say why it is long: "Long because: …" (also "(long: …)"). */
export const LONG_REASON = /long because|\(long:/i;

export interface LongFunction {
  name: string;
  line: number;
  lines: number;
}

function nameOf(node: ts.Node): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const named =
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node);
  if (named && node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (ts.isCallExpression(parent)) return `callback of ${parent.expression.getText().slice(0, 40)}`;
  return 'function';
}

/** The statement whose leading comments speak for a function (`const x = () => …` is commented above `const`). */
function commentedNode(node: ts.Node): ts.Node {
  let at = node;
  while (
    ts.isVariableDeclaration(at.parent) ||
    ts.isVariableDeclarationList(at.parent) ||
    ts.isVariableStatement(at.parent) ||
    ts.isCallExpression(at.parent) ||
    ts.isPropertyAssignment(at.parent) ||
    ts.isExportAssignment(at.parent)
  ) {
    at = at.parent;
    if (ts.isVariableStatement(at)) break;
  }
  return at;
}

function hasReason(source: ts.SourceFile, node: ts.Node): boolean {
  const text = source.getFullText();
  for (const candidate of [node, commentedNode(node)]) {
    const ranges = ts.getLeadingCommentRanges(text, candidate.getFullStart()) ?? [];
    if (ranges.some((range) => LONG_REASON.test(text.slice(range.pos, range.end)))) return true;
  }
  return false;
}

/** Functions (declarations, arrows, methods) longer than the limit that carry no "Long because:" reason above them. */
export function longFunctions(fileName: string, text: string, limit = MAX_FUNCTION_LINES): LongFunction[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)
    ) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit && !hasReason(source, node))
        found.push({ name: nameOf(node), line: start + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Lines in a file, not counting a final newline. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
