"use client";

import { useId } from "react";
import { useTranslation } from "react-i18next";

/**
 * "Major change": the save raises the item's revision, so learners' completion of it reopens.
 * Controlled, so the form can untick it after a save (the next edit is not major by default).
 */
export function MajorChangeField({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation("programs");
  const hintId = useId();
  return (
    <div className="flex items-start gap-3">
      <input
        id={`${hintId}-box`}
        type="checkbox"
        name="major"
        value="true"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hintId}
        className="mt-0.5 size-5 shrink-0 accent-accent-700"
      />
      <div className="flex flex-col gap-0.5">
        <label htmlFor={`${hintId}-box`} className="font-medium text-stone-900">
          {t("editor.fields.major")}
        </label>
        <p id={hintId} className="text-sm text-stone-700">
          {t("editor.fields.majorHint")}
        </p>
      </div>
    </div>
  );
}
