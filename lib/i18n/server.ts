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

/** Translation function for server components, route handlers and metadata. */
export function getT<N extends Namespace | readonly Namespace[] = "common">(lang: Language, ns?: N): TFunction<N> {
  // Keys are checked against the nb resources by type (lib/i18n/i18next.d.ts, ADR 034): with
  // several namespaces, the first one's keys are plain and the others' are written "ns:key".
  return instanceFor(lang).getFixedT(lang, (ns ?? "common") as Namespace) as unknown as TFunction<N>;
}
