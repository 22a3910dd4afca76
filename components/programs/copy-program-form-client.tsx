"use client";

import { Building2, Copy } from "@/components/ui/icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import type { copyLibraryProgramAction } from "@/lib/actions/programs/copy-library-program";
import type { Language } from "@/lib/i18n/settings";
import { useFormAction } from "@/components/ui/use-form-action";
import { RadioCards } from "@/components/ui/radio-group";

export type CopyTarget = {
  slug: string;
  name: string;
  /** The organization's earlier copy of this program, if it has one. */
  existing: { title: string; href: string } | null;
};

type Props = {
  lang: Language;
  programSlug: string;
  programTitle: string;
  /** Made when the page was rendered: a double click or a repeated request makes one copy. */
  requestKey: string;
  organizations: CopyTarget[];
  action: typeof copyLibraryProgramAction;
};

/**
 * The last step of "Copy to your organization": one button for one organization, a choice for
 * several. An organization that already has the program is asked first ("copy again?").
 */
export function CopyProgramFormClient({
  lang,
  programSlug,
  programTitle,
  requestKey,
  organizations,
  action,
}: Props) {
  const { t } = useTranslation("programs");
  const [selected, setSelected] = useState(organizations[0]?.slug ?? "");
  // Which organization the last answer is for: a "copy again?" question belongs to that one only.
  const [answeredFor, setAnsweredFor] = useState("");
  const { state, failure, onSubmit, pending } = useFormAction(
    action,
    { lang },
    { onResult: (_result, formData) => setAnsweredFor(String(formData.get("orgSlug") ?? "")) },
  );
  const target = organizations.find((org) => org.slug === selected) ?? organizations[0];
  const askedByServer =
    answeredFor === selected && state?.ok && state.data.status === "confirm" ? state.data.existing : null;
  const existingTitle = target?.existing?.title ?? (askedByServer ? programTitle : null);
  if (!target) return null;

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5">
      <input type="hidden" name="programSlug" value={programSlug} />
      <input type="hidden" name="requestKey" value={requestKey} />
      {existingTitle !== null && <input type="hidden" name="again" value="true" />}
      {organizations.length === 1 ? (
        <input type="hidden" name="orgSlug" value={target.slug} />
      ) : (
        <RadioCards
          legend={t("copy.pickLegend")}
          name="orgSlug"
          layout="column"
          legendSpacing={false}
          options={organizations.map((org) => ({
            value: org.slug,
            label: (
              <span className="inline-flex items-center gap-2">
                <Building2 aria-hidden="true" className="size-4 text-accent-700" />
                {org.name}
              </span>
            ),
            description: org.existing ? t("copy.alreadyHasShort", { title: org.existing.title }) : undefined,
          }))}
          value={selected}
          onValueChange={setSelected}
        />
      )}

      {existingTitle !== null && (
        <div
          className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950"
          role={askedByServer ? "alert" : undefined}
        >
          <p className="font-semibold">{t("copy.alreadyHave", { title: existingTitle, org: target.name })}</p>
          <p className="mt-1">{t("copy.againExplained", { title: programTitle })}</p>
          {target.existing && (
            <p className="mt-2">
              <TextLink href={target.existing.href}>
                {t("copy.openExisting", { title: target.existing.title })}
              </TextLink>
            </p>
          )}
        </div>
      )}

      {failure && (
        <p
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-900"
        >
          {failure.error}
        </p>
      )}

      <div>
        <Button type="submit" size="lg" disabled={pending}>
          <Copy aria-hidden="true" className="size-5" />
          {pending
            ? t("copy.copying")
            : existingTitle !== null
              ? t("copy.copyAgain")
              : organizations.length === 1
                ? t("copy.copyTo", { org: target.name })
                : t("copy.copy")}
        </Button>
      </div>
    </form>
  );
}
