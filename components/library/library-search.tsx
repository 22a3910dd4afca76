import type { ComponentProps } from "react";
import { ClientTranslations } from "@/components/i18n/client-translations";
import { LibrarySearchClient } from "./library-search-client";

export type { SearchableProgram } from "./library-search-client";

/** The library search with the strings it needs in the browser: the library namespace, in `lang` only. */
export function LibrarySearch(props: ComponentProps<typeof LibrarySearchClient>) {
  return (
    <ClientTranslations lang={props.lang} namespaces={["library"]}>
      <LibrarySearchClient {...props} />
    </ClientTranslations>
  );
}
