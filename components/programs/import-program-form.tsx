"use client";

import { FileUp, FolderOpen } from "@/components/ui/icons";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, buttonClasses } from "@/components/ui/button";
import type { importProgramAction } from "@/lib/actions/programs/import-program";
import type { Language } from "@/lib/i18n/settings";
import { MAX_ZIP_BYTES } from "@/lib/programs/transfer/transfer-limits";
import { useFormAction } from "@/components/ui/use-form-action";

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
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  const [localError, setLocalError] = useState<string>();
  const problemsRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  // The name of the file chosen since the last answer: React empties the form when the action ran.
  const [chosen, setChosen] = useState<{ name: string; after: typeof state }>();
  const fileName = chosen?.after === state ? chosen.name : "";
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
      chooseRef.current?.focus();
    } else if (file.size > MAX_ZIP_BYTES) {
      event.preventDefault();
      setLocalError(`${t("transfer.import.theZip")} ${t("transfer.problems.zipTooLarge", { maxKb })}`);
      chooseRef.current?.focus();
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
          {/* The browser's own file button speaks the browser's language, not the page's: it is
              hidden (out of the tab order) and this translated button opens it. */}
          <input
            ref={inputRef}
            id={fileId}
            name="file"
            type="file"
            accept=".zip,application/zip"
            required
            tabIndex={-1}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setLocalError(undefined);
              setChosen({ name: event.currentTarget.files?.[0]?.name ?? "", after: state });
            }}
            className="sr-only"
          />
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <button
              ref={chooseRef}
              type="button"
              className={buttonClasses("secondary")}
              onClick={() => inputRef.current?.click()}
              aria-describedby={`${id}-hint ${id}-chosen${error ? ` ${id}-error` : ""}`}
            >
              <FolderOpen aria-hidden="true" className="size-4" />
              {t("transfer.import.choose")}
            </button>
            <span id={`${id}-chosen`} className="min-w-0 break-all text-stone-800">
              {fileName || t("transfer.import.noneChosen")}
            </span>
          </div>
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
