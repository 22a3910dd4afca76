// zod only where a form needs it (issue 17): zod is ≈ 89 KB of gzipped JavaScript, and a client
// component that imports so much as a max length from an input module ships all of it, because the
// input module defines its schemas with zod (and lib/validation/zod.ts configures zod on import, so
// the bundler cannot shake it off). Bounds and option lists therefore live in zod-free modules
// beside the schemas (program-limits.ts, challenge-options.ts, …), and this test walks the import
// graph from every "use client" file the way the bundler does and names the chain when zod is
// reachable.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const clientRoots = ["components", "app"];

/** Client files that validate in the browser on purpose, and why. */
const mayShipZod: Record<string, string> = {
  "components/auth/sign-in-form.tsx":
    "checks the e-mail address before it asks the server for a sign-in link (emailAddressSchema)",
};

const parsable = /\.(?:tsx?|mjs|js)$/;
const extensions = [".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx", "/index.js"];

type Module = { directives: string[]; imports: string[] };

/**
 * What a module's source imports at run time: static imports (side-effect ones included),
 * `export … from`, `import x = require(…)` and dynamic `import(…)` (a lazy chunk is still shipped).
 * Imports the compiler erases are left out: `import type`, `export type … from`, and named lists
 * whose every name is marked `type`.
 */
function readModule(source: string, fileName = "module.tsx"): Module {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const directives: string[] = [];
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    directives.push(statement.expression.text);
  }

  const imports: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const erased =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!erased) imports.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const erased =
        node.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((element) => element.isTypeOnly));
      if (!erased) imports.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      !node.isTypeOnly &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      imports.push(node.moduleReference.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      imports.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { directives, imports };
}

const modules = new Map<string, Module>();
function moduleAt(file: string): Module {
  let found = modules.get(file);
  if (!found) {
    found = parsable.test(file)
      ? readModule(readFileSync(file, "utf8"), file)
      : { directives: [], imports: [] };
    modules.set(file, found);
  }
  return found;
}

/** A file of this repository ("@/…" or relative), or undefined for a package. */
function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  for (const candidate of [base, ...extensions.map((extension) => base + extension)])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  throw new Error(`${path.relative(root, from)}: cannot resolve "${specifier}"`);
}

const isZod = (specifier: string) => specifier === "zod" || specifier.startsWith("zod/");

/**
 * The shortest import chain from a client file to zod, or null. A "use server" module is not
 * followed: the bundler replaces it with references to its actions, so its imports stay on the
 * server.
 */
function chainToZod(start: string): string[] | null {
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  const chainTo = (file: string) => {
    const chain: string[] = [];
    for (let at: string | null | undefined = file; at; at = cameFrom.get(at)) chain.unshift(at);
    return chain;
  };
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const imported = moduleAt(next);
    if (next !== start && imported.directives.includes("use server")) continue;
    for (const specifier of imported.imports) {
      if (isZod(specifier)) return [...chainTo(next), specifier];
      const file = resolveImport(next, specifier);
      if (file === undefined || cameFrom.has(file)) continue;
      cameFrom.set(file, next);
      queue.push(file);
    }
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(root, file);
const showChain = (chain: string[]) =>
  chain.map((step) => (path.isAbsolute(step) ? relative(step) : step)).join(" -> ");

describe("zod in the browser", () => {
  const clientFiles = clientRoots
    .flatMap((dir) => sourceFiles(path.join(root, dir)))
    .filter((file) => moduleAt(file).directives.includes("use client"));

  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(50);
    expect(clientFiles.map(relative)).toContain("components/learning/rating-form.tsx");
  });

  it("is reachable from no client file but the allowed ones", () => {
    const chains = clientFiles
      .filter((file) => !(relative(file) in mayShipZod))
      .map(chainToZod)
      .filter((chain) => chain !== null)
      .map(showChain);
    expect(chains).toEqual([]);
  });

  it("is still reached from every allowed file (an allowance no longer needed is removed)", () => {
    for (const file of Object.keys(mayShipZod)) {
      expect(clientFiles.map(relative)).toContain(file);
      expect(chainToZod(path.join(root, file)), file).not.toBeNull();
    }
  });
});

describe("reading a module's imports", () => {
  it("keeps value imports however they are written", () => {
    const source = `"use client";
import {
  NOTE_MAX_LENGTH,
  type Level,
} from "@/lib/learning/learning-limits";
import Default, { type Named } from "./default";
import * as everything from "./namespace";
import "./side-effect";
export { something } from "./re-export";
export * from "./star";
export * as space from "./star-as";
const lazy = () => import("./lazy");
`;
    expect(readModule(source)).toEqual({
      directives: ["use client"],
      imports: [
        "@/lib/learning/learning-limits",
        "./default",
        "./namespace",
        "./side-effect",
        "./re-export",
        "./star",
        "./star-as",
        "./lazy",
      ],
    });
  });

  it("leaves out the imports the compiler erases", () => {
    const source = `// "use client" in a comment is no directive
import type { A } from "./a";
import type B from "./b";
import {
  type C,
  type D,
} from "./c";
export type { E } from "./e";
export { type F } from "./f";
`;
    expect(readModule(source)).toEqual({ directives: [], imports: [] });
  });

  it("reads the directives before the first statement only", () => {
    expect(readModule(`'use server';\nimport { z } from "zod";\n"use client";`)).toEqual({
      directives: ["use server"],
      imports: ["zod"],
    });
  });
});
