import type { ComponentProps } from "react";
import { ClientTranslations } from "@/components/i18n/client-translations";
import { CreateOrganizationFormClient } from "./create-organization-form-client";

/** The new organization's form with the strings it needs in the browser (its own and the name field's), in `lang` only. */
export function CreateOrganizationForm(props: ComponentProps<typeof CreateOrganizationFormClient>) {
  return (
    <ClientTranslations
      lang={props.lang}
      namespaces={["account", { namespace: "common", keys: ["orgs.new", "orgs.errors"] }]}
    >
      <CreateOrganizationFormClient {...props} />
    </ClientTranslations>
  );
}
