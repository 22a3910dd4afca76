"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";
import { addOneYear } from "@/lib/challenge/challenge-dates";
import { CUSTOM_TARGET_MAX, targetPresets } from "@/lib/challenge/challenge-options";
import type { GoalView } from "@/lib/challenge/get-challenge";
import { formatNumber } from "@/lib/i18n/format";
import type { Language } from "@/lib/i18n/settings";
import type { ScopedAction } from "@/components/ui/use-form-action";
import type { WorkspaceScope } from "@/lib/actions/pipeline";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  action: ScopedAction<WorkspaceScope>;
  today: string;
  goal: GoalView | null;
};

/** The goal of "no"s (10, 100, 1000 or a number of one's own) and its period, by default a year from today. */
export function GoalForm({ lang, orgSlug, action, today, goal }: Props) {
  const { t } = useTranslation("challenge");
  const presetOf = (target: number) =>
    (targetPresets as readonly string[]).includes(String(target)) ? String(target) : "custom";
  const [preset, setPreset] = useState(goal ? presetOf(goal.target) : "100");
  const { state, onSubmit, pending } = useFormAction(action, { lang, orgSlug });
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      <RadioGroup
        legend={t("goal.target")}
        name="preset"
        orientation="horizontal"
        value={preset}
        onValueChange={setPreset}
        options={[
          ...targetPresets.map((value) => ({
            value,
            // "1 000 nei", "1,000 no's": the number as the language groups it.
            label: t("goal.presetOption", { number: formatNumber(lang, Number(value)) }),
          })),
          { value: "custom", label: t("goal.custom") },
        ]}
      />
      {preset === "custom" && (
        <Field
          label={t("goal.customTarget")}
          type="number"
          name="customTarget"
          inputMode="numeric"
          min={1}
          max={CUSTOM_TARGET_MAX}
          defaultValue={goal && presetOf(goal.target) === "custom" ? goal.target : ""}
          required
          error={errors.customTarget}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("goal.startsOn")}
          type="date"
          name="startsOn"
          defaultValue={goal?.startsOn ?? today}
          required
          error={errors.startsOn}
        />
        <Field
          label={t("goal.endsOn")}
          type="date"
          name="endsOn"
          defaultValue={goal?.endsOn ?? addOneYear(today)}
          required
          error={errors.endsOn}
        />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {goal ? t("goal.save") : t("goal.start")}
        </Button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
