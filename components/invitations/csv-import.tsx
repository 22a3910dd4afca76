"use client";

import { FileUp, MailCheck, Upload } from "@/components/ui/icons";
import Link from "next/link";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, buttonClasses } from "@/components/ui/button";
import type { importCsvAction } from "@/lib/actions/invitations/import-csv";
import type { previewCsvImportAction } from "@/lib/actions/invitations/preview-csv-import";
import type { CsvAssessment } from "@/lib/invitations/assess-csv-rows";
import { MAX_CSV_BYTES, MAX_CSV_ROWS } from "@/lib/invitations/csv-limits";
import type { CsvImportResult } from "@/lib/invitations/import-csv";
import type { Language } from "@/lib/i18n/settings";
import { CsvPreviewTable } from "./csv-preview-table";
import { readCsvFile } from "./read-csv-file";

type Props = {
  lang: Language;
  orgSlug: string;
  invitationsHref: string;
  preview: typeof previewCsvImportAction;
  importCsv: typeof importCsvAction;
};

type Step =
  | { step: "choose" }
  | { step: "preview"; fileName: string; csv: string; assessment: CsvAssessment }
  | { step: "done"; fileName: string; result: CsvImportResult };

/**
 * Choose a file → see every row's outcome (nothing is written yet) → confirm to invite the valid
 * rows. The server checks the file again on confirm; the preview is only what it will most likely do.
 */
export function CsvImport({ lang, orgSlug, invitationsHref, preview, importCsv }: Props) {
  const { t } = useTranslation("people");
  const [state, setState] = useState<Step>({ step: "choose" });
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const id = useId();
  const fileId = `${id}-file`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const scope = { lang, orgSlug };

  // Each step's heading takes focus, so keyboard and screen reader users start at its top.
  useEffect(() => {
    if (state.step !== "choose") headingRef.current?.focus();
  }, [state.step]);

  function fail(message: string) {
    setError(message);
    requestAnimationFrame(() => document.getElementById(fileId)?.focus());
  }

  function onChoose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return fail(t("import.file.required"));
    // The limit is on the text sent (UTF-8); a UTF-16 file ("Unicode text") has up to twice its bytes.
    const tooLarge = () => fail(t("import.fileErrors.tooLarge", { maxKb: MAX_CSV_BYTES / 1024 }));
    if (file.size > 2 * MAX_CSV_BYTES) return tooLarge();
    setError(undefined);
    startTransition(async () => {
      const csv = await readCsvFile(file);
      if (new TextEncoder().encode(csv).length > MAX_CSV_BYTES) return tooLarge();
      const result = await preview(scope, null, { csv });
      if (!result.ok) return fail(Object.values(result.fieldErrors)[0] ?? result.error);
      setState({ step: "preview", fileName: file.name, csv, assessment: result.data });
    });
  }

  function onConfirm() {
    if (state.step !== "preview") return;
    setError(undefined);
    startTransition(async () => {
      const result = await importCsv(scope, null, { csv: state.csv });
      if (!result.ok) return setError(Object.values(result.fieldErrors)[0] ?? result.error);
      setState({ step: "done", fileName: state.fileName, result: result.data });
    });
  }

  const errorBox = error && (
    <p
      id={`${id}-error`}
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-900"
    >
      {error}
    </p>
  );

  if (state.step === "done") {
    const { result } = state;
    return (
      <section aria-labelledby={`${id}-done`} className="rounded-2xl border border-stone-200 bg-white p-6">
        <MailCheck aria-hidden="true" className="size-6 text-accent-700" />
        <h2
          id={`${id}-done`}
          ref={headingRef}
          tabIndex={-1}
          className="mt-3 text-xl font-semibold text-stone-900 focus:outline-none"
        >
          {t("import.done.title")}
        </h2>
        <ul className="mt-3 flex flex-col gap-1 text-stone-800">
          <li>{t("import.done.imported", { count: result.imported })}</li>
          {result.alreadyInvited > 0 && (
            <li>{t("import.done.alreadyInvited", { count: result.alreadyInvited })}</li>
          )}
          {result.withProblems > 0 && (
            <li>{t("import.done.withProblems", { count: result.withProblems })}</li>
          )}
        </ul>
        <div className="mt-5 flex flex-wrap gap-3">
          <Link href={invitationsHref} className={buttonClasses("primary")}>
            {t("import.done.list")}
          </Link>
          <Button variant="secondary" onClick={() => setState({ step: "choose" })}>
            {t("import.done.another")}
          </Button>
        </div>
      </section>
    );
  }

  if (state.step === "preview") {
    const { counts, rows } = state.assessment;
    return (
      <section
        aria-labelledby={`${id}-preview`}
        className="flex flex-col gap-5"
        aria-busy={pending || undefined}
      >
        <div className="rounded-2xl border border-stone-200 bg-white p-6">
          <h2
            id={`${id}-preview`}
            ref={headingRef}
            tabIndex={-1}
            className="text-xl font-semibold break-words text-stone-900 focus:outline-none"
          >
            {t("import.preview.title", { file: state.fileName })}
          </h2>
          <ul className="mt-3 flex flex-col gap-1 text-stone-800">
            <li>{t("import.preview.ready", { count: counts.ready })}</li>
            {counts.alreadyInvited > 0 && (
              <li>{t("import.preview.alreadyInvited", { count: counts.alreadyInvited })}</li>
            )}
            {counts.problem > 0 && (
              <li className="font-medium text-red-900">
                {t("import.preview.problem", { count: counts.problem })}
              </li>
            )}
          </ul>
          <p className="mt-3 text-stone-700">
            {counts.ready > 0 ? t("import.preview.nothingYet") : t("import.preview.nothingToImport")}
          </p>
          {errorBox && <div className="mt-4">{errorBox}</div>}
          <div className="mt-5 flex flex-wrap gap-3">
            {counts.ready > 0 && (
              <Button onClick={onConfirm} disabled={pending}>
                <Upload aria-hidden="true" className="size-4" />
                {pending ? t("import.confirming") : t("import.confirm", { count: counts.ready })}
              </Button>
            )}
            <Button variant="secondary" disabled={pending} onClick={() => setState({ step: "choose" })}>
              {t("import.chooseAnother")}
            </Button>
          </div>
        </div>
        <CsvPreviewTable rows={rows} />
      </section>
    );
  }

  return (
    <form
      onSubmit={onChoose}
      noValidate
      className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-6"
      aria-busy={pending || undefined}
    >
      <div className="flex flex-col gap-1.5">
        <label htmlFor={fileId} className="font-medium text-stone-900">
          {t("import.file.label")}
        </label>
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {t("import.file.hint", { max: MAX_CSV_ROWS.toLocaleString(lang), maxKb: MAX_CSV_BYTES / 1024 })}
        </p>
        <input
          id={fileId}
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          onChange={() => setError(undefined)}
          className="rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 file:mr-4 file:rounded-md file:border-0 file:bg-accent-50 file:px-3 file:py-1.5 file:font-medium file:text-accent-800 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
        />
      </div>
      {errorBox}
      <div>
        <Button type="submit" disabled={pending}>
          <FileUp aria-hidden="true" className="size-4" />
          {pending ? t("import.file.submitting") : t("import.file.submit")}
        </Button>
      </div>
    </form>
  );
}
