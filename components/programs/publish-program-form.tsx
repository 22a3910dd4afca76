"use client";

import { EyeOff, Send } from "@/components/ui/icons";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { setProgramStatusAction } from "@/lib/actions/programs/set-program-status";
import type { Language } from "@/lib/i18n/settings";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  programId: string;
  status: "draft" | "published";
  action: typeof setProgramStatusAction;
};

/** Publish (learners it is assigned to see it) or back to draft (they no longer do), with what that means. */
export function PublishProgramForm({ lang, orgSlug, programId, status, action }: Props) {
  const { t } = useTranslation("programs");
  const { state, onSubmit, pending } = useFormAction(action, { lang, orgSlug });
  const publishing = status === "draft";
  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-5 sm:flex-row sm:items-center sm:justify-between"
    >
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="status" value={publishing ? "published" : "draft"} />
      <div className="flex flex-col gap-1">
        <p className="max-w-prose text-stone-800">
          {publishing ? t("status.draftExplained") : t("status.publishedExplained")}
        </p>
        <FormStatus state={state} />
      </div>
      <Button
        type="submit"
        variant={publishing ? "primary" : "secondary"}
        disabled={pending}
        className="shrink-0"
      >
        {publishing ? (
          <Send aria-hidden="true" className="size-4" />
        ) : (
          <EyeOff aria-hidden="true" className="size-4" />
        )}
        {publishing ? t("status.publish") : t("status.unpublish")}
      </Button>
    </form>
  );
}
