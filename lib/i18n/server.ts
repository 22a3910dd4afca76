import "server-only";
import { createInstance, type i18n, type TFunction } from "i18next";
import { resources } from "./resources";
import { defaultLanguage, namespaces, type Language, type Namespace } from "./settings";

const instances = new Map<Language, i18n>();

/** One initialised i18next instance per language; they are read-only after init, so sharing is safe. */
function instanceFor(lang: Language): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createInstance();
    void instance.init({
      lng: lang,
      fallbackLng: defaultLanguage,
      resources,
      ns: [...namespaces],
      defaultNS: "common",
      interpolation: { escapeValue: false }, // React escapes
      initAsync: false,
      returnNull: false,
    });
    instances.set(lang, instance);
  }
  return instance;
}

/**
 * Translations already made, per language and namespace: i18next spends 40–100 µs on each `t()`
 * (key parsing, fallbacks, plurals, interpolation), and a page calls it a few hundred times, mostly
 * with the same keys and values (issue 17: ~9 % of a learner page's CPU). The resources never change
 * while the process runs, so a result depends only on the key and its options; only calls whose
 * options are plain values are kept, and a cache that grows past its bound starts over.
 */
const MEMO_LIMIT = 5_000;
const memoized = new Map<string, (key: string, options?: Record<string, unknown>) => unknown>();

function memoKey(key: string, options: Record<string, unknown> | undefined): string | null {
  if (options === undefined) return key;
  for (const value of Object.values(options)) {
    const type = typeof value;
    if (value !== undefined && value !== null && type !== "string" && type !== "number" && type !== "boolean") {
      return null;
    }
  }
  return `${key}\u0000${JSON.stringify(options)}`;
}

function memoizedT(lang: Language, ns: Namespace | readonly Namespace[]) {
  const id = `${lang}|${typeof ns === "string" ? ns : ns.join(",")}`;
  let t = memoized.get(id);
  if (!t) {
    const fixed = instanceFor(lang).getFixedT(lang, ns as Namespace) as unknown as (
      key: string,
      options?: Record<string, unknown>,
    ) => unknown;
    const made = new Map<string, unknown>();
    t = (key, options) => {
      const cacheKey = typeof key === "string" ? memoKey(key, options) : null;
      if (cacheKey === null) return fixed(key, options);
      const known = made.get(cacheKey);
      if (known !== undefined) return known;
      const result = fixed(key, options);
      if (typeof result === "string") {
        if (made.size >= MEMO_LIMIT) made.clear();
        made.set(cacheKey, result);
      }
      return result;
    };
    // Like i18next's fixed t, it carries its language and namespace (describe-audit-entry reads lng).
    Object.assign(t, { lng: lang, ns });
    memoized.set(id, t);
  }
  return t;
}

/** Translation function for server components, route handlers and metadata. */
export function getT<N extends Namespace | readonly Namespace[] = "common">(lang: Language, ns?: N): TFunction<N> {
  // Keys are checked against the nb resources by type (lib/i18n/i18next.d.ts, ADR 034): with
  // several namespaces, the first one's keys are plain and the others' are written "ns:key".
  return memoizedT(lang, ns ?? "common") as unknown as TFunction<N>;
}
