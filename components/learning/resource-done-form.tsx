"use client";

import { CheckCircle2, Undo2 } from "@/components/ui/icons";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import type { setResourceDoneAction } from "@/lib/actions/learning/set-resource-done";
import type { Language } from "@/lib/i18n/settings";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  resourceId: string;
  done: boolean;
  action: typeof setResourceDoneAction;
};

/** "Mark as done", or, once done, a note saying so with "Undo". */
export function ResourceDoneForm({ lang, orgSlug, resourceId, done, action }: Props) {
  const { t } = useTranslation("learning");
  const { state, onSubmit, pending } = useFormAction(action, { lang, orgSlug });
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="resourceId" value={resourceId} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      <div className="flex flex-wrap items-center gap-4">
        {done && (
          <p className="inline-flex items-center gap-2 font-medium text-accent-800">
            <CheckCircle2 aria-hidden="true" className="size-5" />
            {t("resource.isDone")}
          </p>
        )}
        <Button type="submit" variant={done ? "secondary" : "primary"} disabled={pending}>
          {done ? (
            <Undo2 aria-hidden="true" className="size-5" />
          ) : (
            <CheckCircle2 aria-hidden="true" className="size-5" />
          )}
          {done ? t("resource.undo") : t("resource.markDone")}
        </Button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
