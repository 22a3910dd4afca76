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
export function getT(lang: Language, ns: Namespace = "common"): TFunction {
  return instanceFor(lang).getFixedT(lang, ns);
}
