import "server-only";
import type { ReactNode } from "react";
import { resources } from "@/lib/i18n/resources";
import { routeLanguage } from "@/lib/i18n/route-language";
import type { Language, Namespace } from "@/lib/i18n/settings";
import { AddTranslations, type ClientBundles } from "./i18n-provider";

/**
 * What a section's client components need: a whole namespace, or some of its subtrees by dotted
 * path (`{ namespace: "insights", keys: ["help", "errors"] }`). Strings travel inside the page's
 * HTML, so a section sends only what its forms can show (issue 17: a dashboard well under 60 KB).
 */
export type ClientStrings = Namespace | { namespace: Namespace; keys: readonly string[] };

/**
 * `common` as every page's client components need it: the parts only one section's forms use
 * (the members table, single sign-on settings, the audit log's sentences, the new organization's
 * form) come with that section, and what only server components read (the home page, the footer,
 * the outbox) never travels.
 */
export const COMMON_SECTION_ONLY = ["members", "sso", "audit", "home", "footer", "outbox"] as const;

/**
 * Parts of `common` of which every page needs only some: the header's user menu and sign-out (the
 * sign-in page adds its form's), and the organization switcher (the new organization's form
 * comes with that form).
 */
export const COMMON_EVERY_PAGE_PARTS: Record<string, readonly string[]> = {
  auth: ["auth.menu", "auth.signOut"],
  orgs: ["orgs.switcher", "orgs.create"],
};

/**
 * Strings of `common` inside parts every page sends that only server components read (the home
 * page's tagline, the workspace overview, reading times): left out of every page's payload (ADR
 * 044). A test fails when a client component asks for one of them.
 */
export const COMMON_SERVER_ONLY_PATHS = ["app.tagline", "workspace.home", "duration"] as const;

type Tree = Record<string, unknown>;

function subtree(tree: Tree, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

function pick(tree: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const path of paths) {
    const value = subtree(tree, path);
    if (value === undefined) throw new Error(`no strings at "${path}"`);
    const keys = path.split(".");
    let node = picked;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Tree;
    node[keys.at(-1)!] = value;
  }
  return picked;
}

/** The strings of `lang` that client components need, read on the server. */
export function clientBundles(lang: Language, wanted: readonly ClientStrings[]): ClientBundles {
  return Object.fromEntries(
    wanted.map((item) => {
      if (typeof item === "string") return [item, resources[lang][item]];
      return [item.namespace, pick(resources[lang][item.namespace] as Tree, item.keys)];
    }),
  );
}

const everyPageBundlesByLanguage = new Map<Language, ClientBundles>();

/**
 * Every page's strings for the browser: `common` without the sections' own parts and the server's
 * own strings, and `fatal`. The same object for every request in a language (the resources never
 * change while the process runs).
 */
export function everyPageBundles(lang: Language): ClientBundles {
  let bundles = everyPageBundlesByLanguage.get(lang);
  if (!bundles) {
    bundles = buildEveryPageBundles(lang);
    everyPageBundlesByLanguage.set(lang, bundles);
  }
  return bundles;
}

function buildEveryPageBundles(lang: Language): ClientBundles {
  const common = resources[lang].common as Tree;
  const shared = Object.keys(common).flatMap((key) =>
    (COMMON_SECTION_ONLY as readonly string[]).includes(key) ? [] : (COMMON_EVERY_PAGE_PARTS[key] ?? [key]),
  );
  const bundles = clientBundles(lang, [{ namespace: "common", keys: shared }, "fatal"]);
  // pick() shares subtrees with the resources; copy the branches an omission passes through.
  const picked = { ...(bundles.common as Tree) };
  for (const omitted of COMMON_SERVER_ONLY_PATHS) {
    const keys = omitted.split(".");
    let node: Tree | undefined = picked;
    for (const key of keys.slice(0, -1)) {
      const child = node[key] as Tree | undefined;
      if (child === undefined) {
        node = undefined;
        break;
      }
      node = node[key] = { ...child };
    }
    if (node) delete node[keys.at(-1)!];
  }
  return { ...bundles, common: picked };
}

/**
 * Hands the browser the strings `namespaces` names in `lang` for the client components below it
 * (the forms of one section): only there, only in that language (issue 17).
 */
export function ClientTranslations({
  lang,
  namespaces,
  children,
}: {
  lang: Language;
  namespaces: readonly ClientStrings[];
  children: ReactNode;
}) {
  return (
    <AddTranslations lang={lang} bundles={clientBundles(lang, namespaces)}>
      {children}
    </AddTranslations>
  );
}

/**
 * A section's layout that only hands its client components their strings: each section's
 * `layout.tsx` is `export default sectionTranslations([...])`.
 */
export function sectionTranslations(namespaces: readonly ClientStrings[]) {
  return async function SectionTranslations({
    children,
    params,
  }: {
    children: ReactNode;
    params: Promise<{ lang: string }>;
  }) {
    const lang = await routeLanguage(params);
    return (
      <ClientTranslations lang={lang} namespaces={namespaces}>
        {children}
      </ClientTranslations>
    );
  };
}
