// The invitation mail, in the organization's default language, with the accept link.
import "server-only";
import { authUrl, getEnv } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { defaultLanguage, isLanguage, type Language } from "@/lib/i18n/settings";
import { renderMail } from "@/lib/mail/render-mail";
import type { MailMessage } from "@/lib/mail/send-mail";
import type { Role } from "@/lib/permissions/roles";
import { INVITATION_VALID_DAYS } from "./invitation-status";

/** What the mail needs; queued in the inviting transaction (ADR 020). Holds the token: server only. */
export type OutgoingInvitation = {
  invitationId: string;
  to: string;
  token: string;
  role: Role;
  orgName: string;
  /** Language the mail is written in (the organization's default). */
  lang: string;
  /** Who invited, as the invitee would know them. */
  inviter: string | null;
  teamNames: string[];
};

export function invitationLanguage(orgLanguage: string): Language {
  return isLanguage(orgLanguage) ? orgLanguage : defaultLanguage;
}

/** The accept page's absolute address for a token. */
export function invitationUrl(token: string, lang: Language): string {
  return `${authUrl(getEnv())}/${lang}/invitations/${token}`;
}

export function invitationMail(invitation: OutgoingInvitation): MailMessage {
  const lang = invitationLanguage(invitation.lang);
  const t = getT(lang, "people");
  const common = getT(lang);
  const app = common("app.name");
  const url = invitationUrl(invitation.token, lang);
  const values = {
    org: invitation.orgName,
    app,
    role: common(`roles.${invitation.role}`),
    days: INVITATION_VALID_DAYS,
  };
  const lines = {
    greeting: t("mail.greeting"),
    intro: invitation.inviter
      ? t("mail.introBy", { ...values, inviter: invitation.inviter })
      : t("mail.intro", values),
    role: t("mail.role", values),
    teams:
      invitation.teamNames.length > 0 ? t("mail.teams", { teams: invitation.teamNames.join(", ") }) : null,
    action: t("mail.action", values),
    expiry: t("mail.expiry", { ...values, email: invitation.to }),
    ignore: t("mail.ignore"),
    signature: t("mail.signature", values),
  };
  const { text, html } = renderMail({
    lang,
    before: [lines.greeting, lines.intro, lines.role, lines.teams],
    action: { label: lines.action, url },
    after: [lines.expiry, lines.ignore],
    signature: lines.signature,
  });
  return { to: invitation.to, subject: t("mail.subject", values), text, html };
}
