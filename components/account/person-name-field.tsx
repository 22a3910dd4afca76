"use client";

import { useTranslation } from "react-i18next";
import { PERSON_NAME_MAX_LENGTH } from "@/lib/account/person-name-limits";
import { Field } from "@/components/ui/field";

/** "Your name", as sign-up asks it (creating an organization, accepting an invitation). */
export function PersonNameField({ defaultValue, error }: { defaultValue: string; error?: string }) {
  const { t } = useTranslation(["common", "account"]);
  return (
    <Field
      label={t("account:name.label")}
      hint={t("account:name.hint")}
      name="yourName"
      autoComplete="name"
      required
      maxLength={PERSON_NAME_MAX_LENGTH}
      defaultValue={defaultValue}
      error={error}
    />
  );
}
