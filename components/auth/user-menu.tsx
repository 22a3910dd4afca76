"use client";

import { CircleUserRound } from "@/components/ui/icons";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslation } from "react-i18next";
import type { SessionUser } from "@/lib/auth/session";
import type { Language } from "@/lib/i18n/settings";
import { SignOutButton } from "./sign-out-button";

const linkClasses =
  "inline-flex min-h-9 items-center rounded-md px-3 font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600";

/**
 * The header's account corner: who is signed in and a sign-out button, or the sign-in link. The
 * person comes from the server (the request's session, read by components/layout/site-header.tsx), so the page arrives complete:
 * no request for the session, no "Sign in" shown to someone signed in while it loads (issue 17).
 */
export function UserMenu({ lang, user }: { lang: Language; user: SessionUser | null }) {
  const { t } = useTranslation();
  const pathname = usePathname();

  if (user) {
    const { name, email } = user;
    return (
      <div
        className="flex min-w-0 flex-wrap items-center gap-2"
        role="group"
        aria-label={t("auth.menu.label")}
      >
        <Link href={`/${lang}/orgs`} className={linkClasses}>
          {t("nav.organizations")}
        </Link>
        <p className="flex min-w-0 items-center gap-1.5 text-sm text-stone-700">
          <CircleUserRound aria-hidden="true" className="size-5 shrink-0 text-accent-700" />
          <span className="sr-only">{t("auth.menu.signedInAs")} </span>
          <span className="max-w-32 truncate font-medium text-stone-900 sm:max-w-48" title={email}>
            {name ?? email}
          </span>
        </p>
        <SignOutButton lang={lang} />
      </div>
    );
  }

  const returnTo = pathname && !/^\/[a-z]{2}\/(sign-in|verify)(\/|$)/.test(pathname) ? pathname : undefined;
  const href =
    returnTo && returnTo !== `/${lang}`
      ? `/${lang}/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`
      : `/${lang}/sign-in`;
  return (
    <Link href={href} className={linkClasses}>
      {t("nav.signIn")}
    </Link>
  );
}
