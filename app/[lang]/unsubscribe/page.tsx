import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnsubscribePanel } from "@/components/account/unsubscribe-panel";
import { unsubscribeAction } from "@/lib/actions/account/unsubscribe";
import { getSessionUser } from "@/lib/auth/session";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const lang = await routeLanguage(params);
  // The address carries a token: never indexed, never sent on as a referrer.
  return {
    title: getT(lang, "account")("unsubscribe.metaTitle"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/**
 * Where a notification mail's "unsubscribe" link leads (issue 16), for anyone holding the link,
 * signed in or not. Opening it only reads the token: mail scanners open every link, so the change
 * is the button's POST (unsubscribeAction). A token that is not ours answers 404 with its own
 * explanation (not-found.tsx beside this page).
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const lang = await routeLanguage(params);
  const { token } = await searchParams;
  const subject = typeof token === "string" ? readUnsubscribeToken(token) : null;
  if (typeof token !== "string" || !subject) notFound();
  const signedIn = (await getSessionUser()) !== null;
  return (
    <UnsubscribePanel
      lang={lang}
      token={token}
      kind={subject.kind}
      signedIn={signedIn}
      action={unsubscribeAction}
    />
  );
}
