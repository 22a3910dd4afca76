"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { PersonNameField } from "@/components/account/person-name-field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import type { createOrganizationAction } from "@/lib/actions/create-organization";
import { ORGANIZATION_NAME_MAX_LENGTH } from "@/lib/orgs/organization-limits";
import { SLUG_MAX_LENGTH, slugify } from "@/lib/orgs/organization-slug";
import { languageNames, languages, type Language } from "@/lib/i18n/settings";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { RadioCards } from "@/components/ui/radio-group";

type Action = typeof createOrganizationAction;

const fieldOrder = ["yourName", "name", "slug", "defaultLanguage"] as const;

type Props = {
  lang: Language;
  action: Action;
  /** The founder's name as Evne knows it; empty for someone who just signed up by mail. */
  personName: string | null;
};

/**
 * The founder's own name, the organization's name, web address (proposed from the name until
 * edited) and default language.
 */
export function CreateOrganizationFormClient({ lang, action, personName }: Props) {
  const { t } = useTranslation();
  const { state, formAction, pending } = useFormAction(action, { lang });
  const failure = state && !state.ok ? state : null;
  const [name, setName] = useState("");
  const [editedSlug, setEditedSlug] = useState<string | null>(null);
  const slug = editedSlug ?? slugify(name);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryId = useId();

  useEffect(() => {
    if (!failure) return;
    // Take the person to the first field that needs them; the summary is announced as an alert.
    const first = fieldOrder.find((field) => failure.fieldErrors[field]);
    const target = first ? formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`) : null;
    (target ?? document.getElementById(summaryId))?.focus();
  }, [failure, summaryId]);

  const languageError = failure?.fieldErrors.defaultLanguage;
  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-6">
      {failure && (
        <div
          id={summaryId}
          role="alert"
          tabIndex={-1}
          className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-900 focus:outline-3 focus:outline-red-700"
        >
          {failure.error}
        </div>
      )}
      <PersonNameField
        defaultValue={failure?.values.yourName ?? personName ?? ""}
        error={failure?.fieldErrors.yourName}
      />
      <Field
        label={t("orgs.new.name")}
        hint={t("orgs.new.nameHint")}
        name="name"
        autoComplete="organization"
        required
        maxLength={ORGANIZATION_NAME_MAX_LENGTH}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={failure?.fieldErrors.name}
      />
      <Field
        label={t("orgs.new.slug")}
        hint={t("orgs.new.slugHint", { path: `/${lang}/o/${slug || "…"}` })}
        name="slug"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        maxLength={SLUG_MAX_LENGTH}
        value={slug}
        // Cleared again, the address follows the name once more.
        onChange={(event) =>
          setEditedSlug(event.target.value === "" ? null : event.target.value.toLowerCase())
        }
        error={failure?.fieldErrors.slug}
      />
      <RadioCards
        legend={t("orgs.new.language")}
        hint={t("orgs.new.languageHint")}
        name="defaultLanguage"
        options={languages.map((code) => ({ value: code, label: languageNames[code], lang: code }))}
        defaultValue={failure?.values.defaultLanguage ?? lang}
        error={languageError}
      />
      <div className="flex flex-wrap items-center gap-6">
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? t("orgs.new.submitting") : t("orgs.new.submit")}
        </Button>
        <TextLink href={`/${lang}/orgs`}>{t("orgs.new.cancel")}</TextLink>
      </div>
    </form>
  );
}
