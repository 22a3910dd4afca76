"use client";

import { FileUp } from "lucide-react";
import { useActionState, useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/action-result";
import type { ImportProgramOutcome, importProgramAction } from "@/lib/actions/programs/import-program";
import type { Language } from "@/lib/i18n/settings";
import { MAX_ZIP_BYTES } from "@/lib/programs/transfer/transfer-limits";

/**
 * Choose a zip → the server checks it whole and either opens the new draft's editor or lists every
 * problem (file, field or line, what is wrong), translated; nothing is saved then. The list takes
 * focus so a keyboard or screen reader user starts at it.
 */
export function ImportProgramForm({
  lang,
  orgSlug,
  action,
  requestKey,
}: {
  lang: Language;
  orgSlug: string;
  action: typeof importProgramAction;
  /** Made when the page was rendered: a double submit makes one program. */
  requestKey: string;
}) {
  const { t } = useTranslation("programs");
  const id = useId();
  const fileId = `${id}-file`;
  const bound = useMemo(() => action.bind(null, { lang, orgSlug }), [action, lang, orgSlug]);
  const [state, formAction, pending] = useActionState<ActionState<ImportProgramOutcome>, FormData>(
    bound,
    null,
  );
  const [localError, setLocalError] = useState<string>();
  const problemsRef = useRef<HTMLDivElement>(null);
  const problems = state?.ok && state.data.status === "invalid" ? state.data.problems : null;
  const failure = state && !state.ok ? (Object.values(state.fieldErrors)[0] ?? state.error) : undefined;
  const error = localError ?? failure;
  const maxKb = Math.floor(MAX_ZIP_BYTES / 1024);

  useEffect(() => {
    if (problems) problemsRef.current?.focus();
  }, [problems]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    // The server checks the same; this only spares sending a file it will refuse.
    if (!(file instanceof File) || file.size === 0) {
      event.preventDefault();
      setLocalError(t("transfer.import.required"));
    } else if (file.size > MAX_ZIP_BYTES) {
      event.preventDefault();
      setLocalError(`${t("transfer.import.theZip")} ${t("transfer.problems.zipTooLarge", { maxKb })}`);
    } else setLocalError(undefined);
  }

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      {problems && !pending && (
        <div
          ref={problemsRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`${id}-problems`}
          className="rounded-2xl border border-red-300 bg-red-50 p-5 focus:outline-none sm:p-6"
        >
          <h2 id={`${id}-problems`} className="text-lg font-semibold text-red-900">
            {t("transfer.import.problemsTitle", { count: problems.length })}
          </h2>
          <p className="mt-1 text-red-900">{t("transfer.import.problemsLead")}</p>
          <ul className="mt-4 flex list-disc flex-col gap-2 pl-5 text-stone-900">
            {problems.map((problem, index) => (
              <li key={index} className="break-words">
                <code className="rounded bg-white px-1 py-0.5 font-mono text-sm text-stone-900 [overflow-wrap:anywhere]">
                  {problem.where}
                </code>{" "}
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-6"
        aria-busy={pending || undefined}
      >
        <input type="hidden" name="requestKey" value={requestKey} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor={fileId} className="font-medium text-stone-900">
            {t("transfer.import.fileLabel")}
          </label>
          <p id={`${id}-hint`} className="text-sm text-stone-600">
            {t("transfer.import.fileHint", { maxKb })}
          </p>
          <input
            id={fileId}
            name="file"
            type="file"
            accept=".zip,application/zip"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            onChange={() => setLocalError(undefined)}
            className="min-w-0 rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 file:mr-4 file:rounded-md file:border-0 file:bg-accent-50 file:px-3 file:py-1.5 file:font-medium file:text-accent-800 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
          />
        </div>
        {error && (
          <p
            id={`${id}-error`}
            role="alert"
            className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-900"
          >
            {error}
          </p>
        )}
        <div>
          <Button type="submit" disabled={pending}>
            <FileUp aria-hidden="true" className="size-4" />
            {pending ? t("transfer.import.submitting") : t("transfer.import.submit")}
          </Button>
        </div>
      </form>
    </div>
  );
}
