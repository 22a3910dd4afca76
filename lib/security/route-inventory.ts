// Every way into the app, read from the code: pages (app/**/page.tsx), route handlers
// (app/**/route.ts, one entry per exported HTTP method) and server actions (every export of a
// "use server" file, and every function whose body starts with "use server"). The authorization
// matrix test compares this list with lib/security/authorization-matrix.ts, so a new route or
// action cannot ship without someone deciding who may use it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export type InventoryEntry =
  | { kind: "page"; key: string; file: string }
  | { kind: "handler"; key: string; file: string; method: HttpMethod }
  | { kind: "action"; key: string; file: string; name: string };

export const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** Folders that can hold server actions; pages and handlers live in app/ only. */
const actionRoots = ["app", "lib", "components"];
const sourceFile = /\.(ts|tsx)$/;
const notSource = /(^|\/)(node_modules|generated)\/|\.test\.tsx?$/;

/** `app/[lang]/(auth)/invitations/[token]/page.tsx` → `/[lang]/invitations/[token]` (route groups leave the URL). */
export function routePattern(file: string): string {
  const segments = path.posix
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((segment) => !(segment.startsWith("(") && segment.endsWith(")")));
  return `/${segments.join("/")}`;
}

export function pageKey(file: string): string {
  return routePattern(file);
}

export function handlerKey(method: HttpMethod, file: string): string {
  return `${method} ${routePattern(file)}`;
}

export function actionKey(file: string, name: string): string {
  return `${file}#${name}`;
}

function listFiles(root: string, folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && sourceFile.test(entry.name))
    .map((entry) =>
      path.posix.join(path.relative(root, entry.parentPath).split(path.sep).join("/"), entry.name),
    )
    .filter((file) => !notSource.test(file))
    .sort();
}

function parse(root: string, file: string): ts.SourceFile {
  const text = readFileSync(path.join(root, file), "utf8");
  return ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

function hasUseServer(statements: ts.NodeArray<ts.Statement>): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/** The names a module exports as values (not types), including `export { a as B }`. */
export function exportedValueNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name)
      names.push(statement.name.text);
    else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if (ts.isClassDeclaration(statement) && isExported(statement) && statement.name)
      names.push(statement.name.text);
    else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements)
        if (!element.isTypeOnly) names.push(element.name.text);
    } else if (ts.isExportAssignment(statement)) names.push("default");
  }
  return names;
}

/** Functions declared with "use server" as the first statement of their body (actions inside pages). */
function inlineServerActions(source: ts.SourceFile): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node) => {
    const body =
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node)
        ? node.body
        : undefined;
    if (body && ts.isBlock(body) && hasUseServer(body.statements)) {
      const name =
        (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name
          ? node.name.getText(source)
          : ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)
            ? node.parent.name.text
            : `<anonymous at line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}>`;
      names.push(name);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Everything the app serves, from the files under `root` (the repository). */
export function readRouteInventory(root: string): InventoryEntry[] {
  const entries: InventoryEntry[] = [];
  for (const file of listFiles(root, "app")) {
    const name = path.posix.basename(file);
    if (name === "page.tsx" || name === "page.ts") entries.push({ kind: "page", key: pageKey(file), file });
    if (name === "route.ts" || name === "route.tsx") {
      const exported = exportedValueNames(parse(root, file));
      for (const method of httpMethods)
        if (exported.includes(method))
          entries.push({ kind: "handler", key: handlerKey(method, file), file, method });
    }
  }
  for (const folder of actionRoots) {
    for (const file of listFiles(root, folder)) {
      const text = readFileSync(path.join(root, file), "utf8");
      if (!text.includes("use server")) continue;
      const source = parse(root, file);
      const names = hasUseServer(source.statements)
        ? exportedValueNames(source)
        : inlineServerActions(source);
      for (const actionName of names)
        entries.push({ kind: "action", key: actionKey(file, actionName), file, name: actionName });
    }
  }
  return entries;
}
