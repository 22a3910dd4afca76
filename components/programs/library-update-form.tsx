"use client";

import { RefreshCw } from "@/components/ui/icons";
import { type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { RadioGroup, type RadioOption } from "@/components/ui/radio-group";
import type { applyLibraryUpdateAction } from "@/lib/actions/programs/apply-library-update";
import type { Language } from "@/lib/i18n/settings";
import { DECISION_PREFIX } from "@/lib/programs/library-update/decision-field";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";

export type UpdateFormItem = {
  id: string;
  /** What the choice is about, for the radio group's name ("Your choice for …"). */
  legend: string;
  options: RadioOption[];
  defaultDecision: "accept" | "keep";
  /** The item's change, rendered by the page. */
  content: ReactNode;
};

type Props = {
  lang: Language;
  orgSlug: string;
  programId: string;
  fromVersion: string;
  toVersion: string;
  items: UpdateFormItem[];
  action: typeof applyLibraryUpdateAction;
};

/** Every change of a library update with an Accept / Keep choice; one submit applies them all. */
export function LibraryUpdateForm({
  lang,
  orgSlug,
  programId,
  fromVersion,
  toVersion,
  items,
  action,
}: Props) {
  const { t } = useTranslation("updates");
  const { state, onSubmit, pending } = useFormAction(action, { lang, orgSlug });

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6">
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="fromVersion" value={fromVersion} />
      <input type="hidden" name="toVersion" value={toVersion} />
      {items.length > 0 && (
        <ol className="flex flex-col gap-4">
          {items.map((item) => (
            <li
              key={item.id}
              className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-4 sm:p-5"
            >
              {item.content}
              <RadioGroup
                legend={item.legend}
                name={`${DECISION_PREFIX}${item.id}`}
                options={item.options}
                defaultValue={item.defaultDecision}
                orientation="horizontal"
              />
            </li>
          ))}
        </ol>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          <RefreshCw aria-hidden="true" className="size-4" />
          {pending ? t("submitting") : t("submit")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
