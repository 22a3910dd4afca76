"use client";

import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import type { saveSsoSettingsAction } from "@/lib/actions/sso/save-sso-settings";
import type { Language } from "@/lib/i18n/settings";
import type { SsoSettingsView } from "@/lib/sso/sso-settings";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  settings: SsoSettingsView;
  action: typeof saveSsoSettingsAction;
};

const JIT_ROLES = ["employee", "manager", "admin"] as const;

function Checkbox({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint: string;
  defaultChecked: boolean;
}) {
  const id = `sso-${name}`;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={defaultChecked}
        aria-describedby={`${id}-hint`}
        className="mt-1 size-5 accent-accent-700"
      />
      <div>
        <label htmlFor={id} className="font-medium text-stone-900">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      </div>
    </div>
  );
}

/** The owner's form; the client secret is never sent back to the browser. */
export function SsoSettingsForm({ lang, orgSlug, settings, action }: Props) {
  const { t } = useTranslation();
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  const failure = state && !state.ok ? state : null;
  const text = (field: "issuer" | "clientId") => failure?.values[field] ?? settings[field];
  // A save leaves a provider connected: "saved" with none connected is from before a disconnect.
  const shown = state?.ok && !settings.configured ? null : state;
  // Fields are keyed by their stored values, so a disconnect (or a save) shows the settings as they are now.
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <Field
        label={t("sso.issuer")}
        hint={t("sso.issuerHint")}
        name="issuer"
        type="url"
        required
        key={`issuer-${text("issuer")}`}
        defaultValue={text("issuer")}
        error={failure?.fieldErrors.issuer}
      />
      <Field
        label={t("sso.clientId")}
        name="clientId"
        required
        autoComplete="off"
        key={`client-${text("clientId")}`}
        defaultValue={text("clientId")}
        error={failure?.fieldErrors.clientId}
      />
      <Field
        label={t("sso.clientSecret")}
        hint={settings.hasSecret ? t("sso.clientSecretStored") : t("sso.clientSecretHint")}
        name="clientSecret"
        type="password"
        autoComplete="new-password"
        error={failure?.fieldErrors.clientSecret}
      />
      <Checkbox
        key={`required-${settings.required}`}
        name="required"
        label={t("sso.required")}
        hint={t("sso.requiredHint")}
        defaultChecked={settings.required}
      />
      <Checkbox
        key={`trustProviderEmails-${settings.trustProviderEmails}`}
        name="trustProviderEmails"
        label={t("sso.trustProviderEmails")}
        hint={t("sso.trustProviderEmailsHint")}
        defaultChecked={settings.trustProviderEmails}
      />
      <Checkbox
        key={`jitEnabled-${settings.jitEnabled}`}
        name="jitEnabled"
        label={t("sso.jitEnabled")}
        hint={t("sso.jitEnabledHint")}
        defaultChecked={settings.jitEnabled}
      />
      <Select
        id="sso-jitRole"
        name="jitRole"
        key={`jitRole-${settings.jitRole}`}
        label={t("sso.jitRole")}
        defaultValue={settings.jitRole === "owner" ? "employee" : settings.jitRole}
        className="max-w-xs"
        options={JIT_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("sso.saving") : t("sso.submit")}
        </Button>
      </div>
      <FormStatus inline state={failure && Object.keys(failure.fieldErrors).length > 0 ? null : shown} />
    </form>
  );
}
