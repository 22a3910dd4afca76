import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import {
  LEARNING_CLIENT_COMPONENTS,
  LEARNING_CLIENT_STRINGS,
} from "@/components/learning/learning-client-strings";
import { readdirSync } from "node:fs";
import {
  COMMON_SECTION_ONLY,
  COMMON_SERVER_ONLY_PATHS,
  clientBundles,
  everyPageBundles,
} from "./client-translations";

describe("the strings a page sends the browser", () => {
  it("are common without the sections' own parts on every page, in the page's language only", () => {
    const bundles = everyPageBundles("en");
    expect(Object.keys(bundles).sort()).toEqual(["common", "fatal"]);
    for (const section of COMMON_SECTION_ONLY) expect(bundles.common).not.toHaveProperty(section);
    expect(bundles.common).toHaveProperty("errors", resources.en.common.errors);
    expect(JSON.stringify(bundles)).not.toContain(JSON.stringify(resources.nb.common.errors));
  });

  it("leave out what only server components read, and keep the rest of those parts", () => {
    const common = everyPageBundles("en").common as Record<string, Record<string, unknown>>;
    expect(common.workspace).not.toHaveProperty("home");
    expect(common).not.toHaveProperty("duration");
    expect(common.app).toEqual({ name: resources.en.common.app.name });
    expect(common.workspace).toHaveProperty("nav", resources.en.common.workspace.nav);
    expect(common.workspace).toHaveProperty("groups", resources.en.common.workspace.groups);
    // The resources themselves keep every string: the server still reads them.
    expect(resources.en.common.workspace).toHaveProperty("home");
    expect(resources.en.common).toHaveProperty("duration");
  });

  it("carry of sign-in only what the header needs; the sign-in form's strings come with its page", () => {
    const auth = everyPageBundles("nb").common?.auth;
    expect(auth).toEqual({ menu: resources.nb.common.auth.menu, signOut: resources.nb.common.auth.signOut });
    expect(everyPageBundles("nb").common).not.toHaveProperty("home");
    // The organization switcher is on every workspace page; the new organization's form is not.
    expect(everyPageBundles("nb").common?.orgs).toEqual({
      switcher: resources.nb.common.orgs.switcher,
      create: resources.nb.common.orgs.create,
    });
  });

  it("are the subtrees a section names, at their own paths", () => {
    const bundles = clientBundles("nb", [{ namespace: "common", keys: ["members.errors"] }, "people"]);
    expect(bundles).toEqual({
      common: { members: { errors: resources.nb.common.members.errors } },
      people: resources.nb.people,
    });
  });

  it("refuse a path that names no strings, instead of sending nothing", () => {
    expect(() => clientBundles("en", [{ namespace: "insights", keys: ["nothing.here"] }])).toThrow(
      /no strings at "nothing.here"/,
    );
  });
});

/** Every "use client" file under app/ and components/. */
function clientComponentFiles(): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && /^["']use client["']/m.test(readFileSync(full, "utf8")))
        files.push(full);
    }
  };
  for (const root of ["app", "components"]) walk(path.join(process.cwd(), root));
  return files;
}

describe("every page's client components", () => {
  it("ask for none of the strings every page leaves out as the server's own", () => {
    const files = clientComponentFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/\bt\(\s*["`]([a-zA-Z0-9_.]+)/g)) {
        for (const omitted of COMMON_SERVER_ONLY_PATHS) {
          expect(match[1] === omitted || match[1]!.startsWith(`${omitted}.`), `${file}: ${match[1]}`).toBe(
            false,
          );
        }
      }
    }
  });

  // The header, the account menus and the workspace's navigation are on every page: each string
  // they ask for must be in what every page sends, or the browser shows the key instead.
  const everyPageComponents = [
    "components/layout/phone-menu.tsx",
    "components/layout/language-switcher.tsx",
    "components/auth/user-menu.tsx",
    "components/auth/sign-out-button.tsx",
    "components/orgs/org-switcher.tsx",
    "components/orgs/workspace-menu.tsx",
    "components/orgs/workspace-nav.tsx",
    "components/orgs/workspace-tab-bar.tsx",
  ];

  it("find every common string they use in every page's strings", () => {
    const bundles = everyPageBundles("nb");
    const has = (path: string) =>
      path
        .split(".")
        .reduce<unknown>(
          (node, key) => (node as Record<string, unknown> | undefined)?.[key],
          bundles.common,
        ) !== undefined;
    for (const file of everyPageComponents) {
      const source = readFileSync(path.join(process.cwd(), file), "utf8");
      // Literal keys, and the fixed part before a `${…}` of a key built from a value.
      const keys = [...source.matchAll(/\bt\(\s*["`]([a-zA-Z0-9_.]+)(?:\$\{|["`])/g)].map((match) =>
        match[1]!.replace(/\.$/, ""),
      );
      expect(keys.length, file).toBeGreaterThan(0);
      for (const key of keys) expect(has(key), `${file}: ${key}`).toBe(true);
    }
  });
});

describe("the learner's forms", () => {
  it("find every learning string they use in what the learn section sends", () => {
    const bundle = clientBundles("nb", LEARNING_CLIENT_STRINGS).learning as Record<string, unknown>;
    const has = (key: string) =>
      key
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle) !==
      undefined;
    for (const file of LEARNING_CLIENT_COMPONENTS) {
      const source = readFileSync(path.join(process.cwd(), file), "utf8");
      expect(source, file).toContain('useTranslation("learning")');
      const keys = [...source.matchAll(/\bt\(\s*["`]([a-zA-Z0-9_.]+)(?:\$\{|["`])/g)].map((match) =>
        match[1]!.replace(/\.$/, ""),
      );
      // Level names and descriptions are asked for by key builders (lib/learning/levels.ts).
      if (/levelNameKey|levelDescriptionKey/.test(source)) keys.push("levels.1.name", "levels.4.description");
      expect(keys.length, file).toBeGreaterThan(0);
      for (const key of keys) expect(has(key), `${file}: ${key}`).toBe(true);
    }
    // And nothing the server components alone read, such as the home page's texts.
    expect(bundle.home).toBeUndefined();
  });
});
