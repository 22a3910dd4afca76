"use client";

import { Pencil, Trash2 } from "@/components/ui/icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { AttemptView } from "@/lib/challenge/get-challenge";
import { languageTags, type Language } from "@/lib/i18n/settings";
import { cn } from "@/lib/ui/cn";
import { AttemptForm } from "./attempt-form";
import type { ScopedAction } from "@/components/ui/use-form-action";
import type { WorkspaceScope } from "@/lib/actions/pipeline";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  today: string;
  attempts: AttemptView[];
  updateAction: ScopedAction<WorkspaceScope>;
  deleteAction: ScopedAction<WorkspaceScope>;
};

/** Outcome badges carry their word; the colour only echoes it. */
const outcomeStyle = {
  no: "bg-accent-50 text-accent-900 ring-accent-700",
  yes: "bg-joy-50 text-joy-900 ring-joy-700",
  no_answer: "bg-stone-100 text-stone-800 ring-stone-500",
} as const;

/** The person's log, newest first, each attempt with edit (in place) and delete (after a confirmation). */
export function AttemptList({ lang, orgSlug, today, attempts, updateAction, deleteAction }: Props) {
  const [message, setMessage] = useState<string | undefined>();
  return (
    <div className="flex flex-col gap-3">
      <p role="status" className="text-sm font-medium text-accent-800 empty:hidden">
        {message}
      </p>
      <ul className="flex flex-col gap-3">
        {attempts.map((attempt) => (
          <AttemptItem
            key={attempt.id}
            lang={lang}
            orgSlug={orgSlug}
            today={today}
            attempt={attempt}
            updateAction={updateAction}
            deleteAction={deleteAction}
            onMessage={setMessage}
          />
        ))}
      </ul>
    </div>
  );
}

function AttemptItem({
  lang,
  orgSlug,
  today,
  attempt,
  updateAction,
  deleteAction,
  onMessage,
}: Omit<Props, "attempts"> & { attempt: AttemptView; onMessage: (message?: string) => void }) {
  const { t } = useTranslation(["challenge", "common"]);
  const [editing, setEditing] = useState(false);
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${attempt.occurredOn}T00:00:00Z`),
  );
  const headingId = `attempt-${attempt.id}`;
  return (
    <li aria-labelledby={headingId} className="rounded-2xl border border-stone-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
            <span>{date}</span>
            {attempt.area && (
              <>
                <span aria-hidden="true">·</span>
                <span>{t(`areas.${attempt.area}`)}</span>
              </>
            )}
            <span
              className={cn("rounded-full px-2.5 py-0.5 font-semibold ring-1", outcomeStyle[attempt.outcome])}
            >
              {t(`outcomes.${attempt.outcome}`)}
            </span>
          </p>
          <h3 id={headingId} className="mt-2 font-semibold break-words text-stone-900">
            {attempt.ask}
          </h3>
        </div>
        {!editing && (
          <div className="flex gap-2">
            <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
              <Pencil aria-hidden="true" className="size-4" />
              {t("list.edit")}
              <span className="sr-only">: {attempt.ask}</span>
            </Button>
            <DeleteAttemptButton
              lang={lang}
              orgSlug={orgSlug}
              attempt={attempt}
              action={deleteAction}
              onDeleted={onMessage}
            />
          </div>
        )}
      </div>
      {editing ? (
        <div className="mt-4 border-t border-stone-200 pt-4">
          <AttemptForm
            lang={lang}
            orgSlug={orgSlug}
            action={updateAction}
            today={today}
            attempt={attempt}
            onDone={(message) => {
              setEditing(false);
              onMessage(message);
            }}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : (
        <>
          {(attempt.feelingBefore || attempt.feelingAfter) && (
            <p className="mt-2 text-sm text-stone-700">
              {attempt.feelingBefore && attempt.feelingAfter
                ? t("list.feelings", { before: attempt.feelingBefore, after: attempt.feelingAfter })
                : attempt.feelingBefore
                  ? t("list.feelingBefore", { before: attempt.feelingBefore })
                  : t("list.feelingAfter", { after: attempt.feelingAfter })}
            </p>
          )}
          {attempt.lesson && (
            <p className="mt-2 whitespace-pre-line text-stone-800">
              <span className="font-medium">{t("list.lesson")}</span> {attempt.lesson}
            </p>
          )}
        </>
      )}
    </li>
  );
}

function DeleteAttemptButton({
  lang,
  orgSlug,
  attempt,
  action,
  onDeleted,
}: {
  lang: Language;
  orgSlug: string;
  attempt: AttemptView;
  action: ScopedAction<WorkspaceScope>;
  onDeleted: (message?: string) => void;
}) {
  const { t } = useTranslation(["challenge", "common"]);
  const [open, setOpen] = useState(false);
  const { state, formAction, pending } = useFormAction(
    action,
    { lang, orgSlug },
    {
      onResult: (result) => {
        setOpen(false);
        if (result.ok) onDeleted(result.message);
      },
    },
  );
  return (
    <>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t("list.deleteTitle")}
        description={t("list.deleteBody", { ask: attempt.ask })}
        closeLabel={t("common:ui.close")}
        trigger={
          <Button variant="secondary" size="sm">
            <Trash2 aria-hidden="true" className="size-4" />
            {t("list.delete")}
            <span className="sr-only">: {attempt.ask}</span>
          </Button>
        }
      >
        <form action={formAction} className="flex flex-wrap justify-end gap-2">
          <input type="hidden" name="attemptId" value={attempt.id} />
          <Button variant="ghost" onClick={() => setOpen(false)}>
            {t("form.cancel")}
          </Button>
          <Button type="submit" disabled={pending} className="bg-red-800 text-white hover:bg-red-900">
            {t("list.deleteConfirm")}
          </Button>
        </form>
      </Dialog>
      {state && !state.ok && <FormStatus inline state={state} />}
    </>
  );
}
