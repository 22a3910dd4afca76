"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/action-result";
import type { addSsoDomainAction } from "@/lib/actions/sso/add-sso-domain";
import type { removeSsoDomainAction } from "@/lib/actions/sso/remove-sso-domain";
import type { verifySsoDomainAction } from "@/lib/actions/sso/verify-sso-domain";
import type { Language } from "@/lib/i18n/settings";
import type { RemovedSsoDomain } from "@/lib/sso/remove-sso-domain";
import type { SsoDomainView } from "@/lib/sso/sso-domains";
import { RemoveDomainButton } from "./remove-domain-button";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

type Scope = { lang: Language; orgSlug: string };

function VerifyButton({
  scope,
  domain,
  action,
}: {
  scope: Scope;
  domain: SsoDomainView;
  action: typeof verifySsoDomainAction;
}) {
  const { t } = useTranslation();
  const { state, formAction, pending } = useFormAction(action, scope);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="domainId" value={domain.id} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("sso.checkDns", { domain: domain.domain })}
        </Button>
      </div>
      <FormStatus inline state={state} />
    </form>
  );
}

export function SsoDomains({
  lang,
  orgSlug,
  domains,
  addAction,
  verifyAction,
  removeAction,
}: Scope & {
  domains: SsoDomainView[];
  addAction: typeof addSsoDomainAction;
  verifyAction: typeof verifySsoDomainAction;
  removeAction: typeof removeSsoDomainAction;
}) {
  const { t } = useTranslation();
  const scope = { lang, orgSlug };
  const { state, formAction, pending } = useFormAction(addAction, scope);
  // A removed domain's button is gone with it, so the outcome is announced here.
  const [removal, setRemoval] = useState<ActionState<RemovedSsoDomain>>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The focused Remove button went with its domain: keep keyboard focus in the list, not on <body>.
    if (removal?.ok) listRef.current?.focus();
  }, [removal]);
  const failure = state && !state.ok ? state : null;
  return (
    <div className="flex flex-col gap-6">
      <div ref={listRef} tabIndex={-1} className="flex flex-col gap-4 focus:outline-none">
        <FormStatus inline state={removal} />
        {domains.length === 0 ? (
          <p className="text-stone-700">{t("sso.noDomains")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {domains.map((domain) => (
              <li key={domain.id} className="flex flex-col gap-2 rounded-xl border border-stone-200 p-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="min-w-0 font-medium wrap-anywhere text-stone-900">
                    {domain.domain}{" "}
                    <span className={domain.verified ? "text-accent-800" : "text-stone-700"}>
                      ({domain.verified ? t("sso.verified") : t("sso.notVerified")})
                    </span>
                  </p>
                  <RemoveDomainButton
                    scope={scope}
                    domain={domain}
                    action={removeAction}
                    onDone={setRemoval}
                  />
                </div>
                {!domain.verified && (
                  <>
                    <p className="text-sm text-stone-700">{t("sso.recordHint", { domain: domain.domain })}</p>
                    <code className="break-all rounded bg-stone-100 px-2 py-1 text-sm text-stone-900">
                      {domain.record}
                    </code>
                    <VerifyButton scope={scope} domain={domain} action={verifyAction} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <form action={formAction} noValidate className="flex flex-col gap-4">
        <Field
          label={t("sso.domain")}
          hint={t("sso.domainHint")}
          name="domain"
          required
          autoCapitalize="none"
          spellCheck={false}
          error={failure?.fieldErrors.domain}
        />
        <div>
          <Button type="submit" disabled={pending}>
            {t("sso.addDomain")}
          </Button>
        </div>
        <FormStatus inline state={failure && Object.keys(failure.fieldErrors).length > 0 ? null : state} />
      </form>
    </div>
  );
}
