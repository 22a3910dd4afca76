"use client";

import { Archive, ArchiveRestore } from "@/components/ui/icons";
import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { ConfirmButtons } from "@/components/ui/confirm-buttons";
import { Dialog } from "@/components/ui/dialog";
import type { setProgramArchivedAction } from "@/lib/actions/programs/set-program-archived";
import type { Language } from "@/lib/i18n/settings";
import type { ProgramStatus } from "@/lib/programs/program-status";
import { useBoundAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  programId: string;
  title: string;
  status: ProgramStatus;
  /** How many assignments archiving would end: said before it happens. */
  assignmentCount: number;
  action: typeof setProgramArchivedAction;
};

/**
 * Archive (after a confirmation that says what ends and what stays) or, once archived, restore
 * as a draft. Archiving is taken back by restoring, but the assignments it ended are not.
 */
export function ArchiveProgramForm({
  lang,
  orgSlug,
  programId,
  title,
  status,
  assignmentCount,
  action,
}: Props) {
  const { t } = useTranslation(["programs", "common"]);
  const bound = useBoundAction(action, { lang, orgSlug });
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const archived = status === "archived";
  const submit = (archive: boolean) =>
    startTransition(async () => {
      const result = await bound({ programId, archived: String(archive) });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      setOpen(false);
      setMessage(result.message ?? "");
    });

  if (archived)
    return (
      <section
        aria-labelledby="archived-title"
        className="flex flex-col gap-3 rounded-2xl border border-stone-300 bg-stone-100 p-5 sm:flex-row sm:items-center sm:justify-between"
      >
        <div className="flex flex-col gap-1">
          <h2 id="archived-title" className="font-semibold text-stone-900">
            {t("archive.archivedTitle")}
          </h2>
          <p className="max-w-prose text-stone-800">{t("archive.archivedExplained")}</p>
          <p role="status" className="text-sm font-medium text-accent-800 empty:hidden">
            {message}
          </p>
          {error && (
            <p role="alert" className="text-sm font-medium text-red-800">
              {error}
            </p>
          )}
        </div>
        <Button variant="primary" disabled={pending} onClick={() => submit(false)} className="shrink-0">
          <ArchiveRestore aria-hidden="true" className="size-4" />
          {t("archive.restore")}
        </Button>
      </section>
    );

  return (
    <section aria-labelledby="archive-title" className="flex flex-col gap-3 border-t border-stone-200 pt-6">
      <h2 id="archive-title" className="text-lg font-semibold text-stone-900">
        {t("archive.title")}
      </h2>
      <p className="max-w-prose text-stone-700">{t("archive.explained")}</p>
      <p role="status" className="text-sm font-medium text-accent-800 empty:hidden">
        {message}
      </p>
      <div>
        <Dialog
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            setError(null);
          }}
          title={t("archive.confirmTitle", { name: title })}
          description={t("archive.confirmBody", { count: assignmentCount })}
          closeLabel={t("common:ui.close")}
          trigger={
            <Button variant="secondary">
              <Archive aria-hidden="true" className="size-4" />
              {t("archive.archive")}
            </Button>
          }
        >
          <ConfirmButtons
            error={error}
            cancelLabel={t("archive.cancel")}
            onCancel={() => setOpen(false)}
            confirmLabel={t("archive.confirm")}
            pendingLabel={t("archive.archiving")}
            pending={pending}
            onConfirm={() => submit(true)}
          />
        </Dialog>
      </div>
    </section>
  );
}
