// Which menu commands the page actually handles, read from the renderer's
// source with the TypeScript compiler: the keys of every object passed to
// useAppCommands(...), and the command names compared inside every
// onMenuCommand(...) listener. A command the menu sends that no page code
// handles would be a menu item that silently does nothing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export function commandsHandledByRenderer(rendererDirectory: string): Set<string> {
  const handled = new Set<string>();
  const files = (readdirSync(rendererDirectory, { recursive: true }) as string[]).filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'));
  for (const file of files) {
    const fullPath = path.join(rendererDirectory, file);
    const source = ts.createSourceFile(
      fullPath,
      readFileSync(fullPath, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        const [first] = node.arguments;
        if (name === 'useAppCommands' && first && ts.isObjectLiteralExpression(first)) {
          for (const property of first.properties) {
            const key = property.name;
            if (key && (ts.isIdentifier(key) || ts.isStringLiteral(key))) handled.add(key.text);
          }
        }
        if (name === 'onMenuCommand' && first) collectComparedLiterals(first, handled);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return handled;
}

/** `command === 'new-meeting'` inside a listener: the literal is a command it handles. */
function collectComparedLiterals(listener: ts.Node, into: Set<string>): void {
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(node.operatorToken.kind)) {
      for (const side of [node.left, node.right]) if (ts.isStringLiteral(side)) into.add(side.text);
    }
    if (ts.isCaseClause(node) && ts.isStringLiteral(node.expression)) into.add(node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(listener);
}
