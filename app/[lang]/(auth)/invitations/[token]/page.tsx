import { CircleAlert, MailOpen, ShieldCheck } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthPanel } from "@/components/auth/auth-panel";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { SwitchAccountButton } from "@/components/invitations/switch-account-button";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { acceptInvitationAction } from "@/lib/actions/invitations/accept-invitation";
import { normalizeEmail } from "@/lib/auth/email-address";
import { getSessionUser, signInPath } from "@/lib/auth/session";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { findInvitationByToken } from "@/lib/invitations/find-invitation-by-token";

type Props = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  // The address carries a secret: never indexed, never sent on as a referrer.
  return {
    title: getT(lang, "people")("accept.metaTitle"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/**
 * Where the invitation mail's link leads. Shows who invites whom to what; sends a person who is
 * not signed in to sign in (and back here); tells someone signed in with another address how to
 * switch; lets the invited person join with one button.
 */
export default async function AcceptInvitationPage({ params }: Props) {
  const lang = await routeLanguage(params);
  const { token } = await params;
  const t = getT(lang, "people");
  const common = getT(lang);
  const user = await getSessionUser();
  const invitation = await findInvitationByToken({ token, userId: user?.id });
  const here = `/${lang}/invitations/${token}`;
  const home = (
    <p>
      <TextLink href={`/${lang}`}>{t("accept.home")}</TextLink>
    </p>
  );
  const problem = (title: string, body: string) => (
    <AuthPanel
      icon={<CircleAlert aria-hidden="true" className="size-6" />}
      title={title}
      lead={<p>{body}</p>}
    >
      {home}
    </AuthPanel>
  );

  if (!invitation) return problem(t("accept.invalid.title"), t("accept.invalid.body"));
  const org = invitation.orgName;
  const workspace = `/${lang}/o/${invitation.orgSlug}`;
  if (invitation.status === "accepted" && invitation.alreadyMember) {
    return (
      <AuthPanel
        icon={<ShieldCheck aria-hidden="true" className="size-6" />}
        title={t("accept.alreadyMember.title", { org })}
        lead={<p>{t("accept.alreadyMember.body")}</p>}
      >
        <Link href={workspace} className={buttonClasses("primary", "lg")}>
          {t("accept.alreadyMember.open", { org })}
        </Link>
      </AuthPanel>
    );
  }
  if (invitation.status === "accepted") return problem(t("accept.used.title"), t("accept.used.body"));
  if (invitation.status === "revoked")
    return problem(t("accept.revoked.title"), t("accept.revoked.body", { org }));
  if (invitation.status === "expired")
    return problem(t("accept.expired.title"), t("accept.expired.body", { org }));

  const role = common(`roles.${invitation.role}`);
  const expires = new Intl.DateTimeFormat(languageTags[lang], {
    dateStyle: "long",
    timeZone: "Europe/Oslo",
  }).format(invitation.expiresAt);
  const signedInAsInvitee = user !== null && normalizeEmail(user.email) === invitation.email;
  return (
    <AuthPanel
      icon={<MailOpen aria-hidden="true" className="size-6" />}
      title={t("accept.title", { org })}
      lead={
        <>
          <p>
            {invitation.inviter
              ? t("accept.leadBy", { inviter: invitation.inviter, org, role })
              : t("accept.lead", { org, role })}
          </p>
          {invitation.teamNames.length > 0 && (
            <p className="mt-2 text-base text-stone-700">
              {t("accept.teams", { teams: invitation.teamNames.join(", ") })}
            </p>
          )}
        </>
      }
    >
      {user === null && (
        <div className="flex flex-col gap-4">
          <p className="text-stone-800">{t("accept.signInFirst", { email: invitation.email })}</p>
          <Link href={signInPath(lang, here, invitation.email)} className={buttonClasses("primary", "lg")}>
            {t("accept.signIn")}
          </Link>
        </div>
      )}
      {user !== null && !signedInAsInvitee && (
        <div className="flex flex-col gap-4">
          <div
            role="alert"
            className="flex gap-3 rounded-xl border border-amber-200 bg-amber-50 p-4 text-stone-900"
          >
            <CircleAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-amber-800" />
            <div>
              <p className="font-semibold">{t("accept.wrongAddress.title")}</p>
              <p className="mt-1">
                {t("accept.wrongAddress.body", { invited: invitation.email, current: user.email })}
              </p>
            </div>
          </div>
          <SwitchAccountButton
            signInHref={signInPath(lang, here, invitation.email)}
            invitedEmail={invitation.email}
          />
        </div>
      )}
      {signedInAsInvitee && (
        <div className="flex flex-col gap-4">
          <p className="text-stone-800">{t("accept.signedInAs", { email: user.email })}</p>
          <AcceptInvitationForm
            lang={lang}
            token={token}
            orgName={org}
            action={acceptInvitationAction}
            askName={user.name ? undefined : { suggested: invitation.name }}
          />
        </div>
      )}
      <p className="flex gap-2 text-sm text-stone-700">
        <ShieldCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-accent-700" />
        {t("accept.privacy")}
      </p>
      <p className="text-sm text-stone-600">{t("accept.expires", { date: expires })}</p>
    </AuthPanel>
  );
}
