"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { PersonNameField } from "@/components/account/person-name-field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import type { createOrganizationAction } from "@/lib/actions/create-organization";
import { ORGANIZATION_NAME_MAX_LENGTH } from "@/lib/orgs/organization-input";
import { SLUG_MAX_LENGTH, slugify } from "@/lib/orgs/organization-slug";
import { languageNames, languages, type Language } from "@/lib/i18n/settings";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

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
      <fieldset
        aria-describedby={`${summaryId}-language-hint${languageError ? ` ${summaryId}-language-error` : ""}`}
        className="flex flex-col gap-2"
      >
        <legend className="font-medium text-stone-900">{t("orgs.new.language")}</legend>
        <p id={`${summaryId}-language-hint`} className="text-sm text-stone-600">
          {t("orgs.new.languageHint")}
        </p>
        <div className="flex flex-col gap-2 sm:flex-row">
          {languages.map((code) => (
            <label
              key={code}
              lang={code}
              className="flex min-h-11 flex-1 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2 has-checked:border-accent-700 has-checked:bg-accent-50 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-600"
            >
              <input
                type="radio"
                name="defaultLanguage"
                value={code}
                defaultChecked={code === (failure?.values.defaultLanguage ?? lang)}
                className="size-5 accent-accent-700 focus:outline-none"
              />
              <span className="font-medium text-stone-900">{languageNames[code]}</span>
            </label>
          ))}
        </div>
        {languageError && (
          <p id={`${summaryId}-language-error`} className="text-sm font-medium text-red-800">
            {languageError}
          </p>
        )}
      </fieldset>
      <div className="flex flex-wrap items-center gap-6">
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? t("orgs.new.submitting") : t("orgs.new.submit")}
        </Button>
        <TextLink href={`/${lang}/orgs`}>{t("orgs.new.cancel")}</TextLink>
      </div>
    </form>
  );
}
