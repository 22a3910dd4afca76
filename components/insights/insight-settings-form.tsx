"use client";

import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import type { updateInsightSettingsAction } from "@/lib/actions/insights/update-insight-settings";
import type { Language } from "@/lib/i18n/settings";
import type { InsightSettings } from "@/lib/insights/insight-settings";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  settings: InsightSettings;
  action: typeof updateInsightSettingsAction;
};

export function InsightSettingsForm({ lang, orgSlug, settings, action }: Props) {
  const { t } = useTranslation("insights");
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  const failure = state && !state.ok ? state : null;
  const value = (field: keyof InsightSettings) => failure?.values[field] ?? String(settings[field]);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <Field
        label={t("settings.minimumGroupSize")}
        hint={t("settings.minimumGroupSizeHint")}
        name="minimumGroupSize"
        type="number"
        inputMode="numeric"
        min={3}
        max={50}
        required
        key={`k-${value("minimumGroupSize")}`}
        defaultValue={value("minimumGroupSize")}
        error={failure?.fieldErrors.minimumGroupSize}
        className="max-w-32"
      />
      <Field
        label={t("settings.ratingRefreshDays")}
        hint={t("settings.ratingRefreshDaysHint")}
        name="ratingRefreshDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        required
        key={`days-${value("ratingRefreshDays")}`}
        defaultValue={value("ratingRefreshDays")}
        error={failure?.fieldErrors.ratingRefreshDays}
        className="max-w-32"
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("settings.saving") : t("settings.submit")}
        </Button>
      </div>
      <FormStatus inline state={failure && Object.keys(failure.fieldErrors).length > 0 ? null : state} />
    </form>
  );
}
