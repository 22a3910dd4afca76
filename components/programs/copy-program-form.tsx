import type { ComponentProps } from "react";
import { ClientTranslations } from "@/components/i18n/client-translations";
import { CopyProgramFormClient } from "./copy-program-form-client";

export type { CopyTarget } from "./copy-program-form-client";

/** "Copy to your organization" with the strings it needs in the browser: programs, in `lang` only. */
export function CopyProgramForm(props: ComponentProps<typeof CopyProgramFormClient>) {
  return (
    <ClientTranslations lang={props.lang} namespaces={["programs"]}>
      <CopyProgramFormClient {...props} />
    </ClientTranslations>
  );
}
