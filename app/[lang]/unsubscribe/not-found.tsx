"use client";

import { MailWarning } from "@/components/ui/icons";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { AuthPanel } from "@/components/auth/auth-panel";
import { buttonClasses } from "@/components/ui/button";

/** An unsubscribe link whose token is missing, cut off or altered: 404, and what to do instead. */
export default function UnsubscribeLinkNotFound() {
  const { t, i18n } = useTranslation("account");
  return (
    <>
      <title>{t("unsubscribe.invalid.title")}</title>
      <meta name="robots" content="noindex, nofollow" />
      <meta name="referrer" content="no-referrer" />
      <AuthPanel
        icon={<MailWarning aria-hidden="true" className="size-6" />}
        title={t("unsubscribe.invalid.title")}
        lead={<p>{t("unsubscribe.invalid.body", { page: t("title") })}</p>}
      >
        <Link href={`/${i18n.language}/orgs`} className={`${buttonClasses("secondary")} self-start`}>
          {t("unsubscribe.invalid.organizations")}
        </Link>
      </AuthPanel>
    </>
  );
}
