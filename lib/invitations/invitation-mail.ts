// The invitation mail, in the organization's default language, with the accept link.
import "server-only";
import { authUrl, getEnv } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { defaultLanguage, isLanguage, type Language } from "@/lib/i18n/settings";
import type { MailMessage } from "@/lib/mail/send-mail";
import type { Role } from "@/lib/permissions/roles";
import { INVITATION_VALID_DAYS } from "./invitation-status";

/** What the mail needs; made in the transaction, sent after it committed. Holds the token: server only. */
export type OutgoingInvitation = {
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

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
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
  const text = [
    lines.greeting,
    "",
    lines.intro,
    lines.role,
    ...(lines.teams ? [lines.teams] : []),
    "",
    `${lines.action}: ${url}`,
    "",
    lines.expiry,
    lines.ignore,
    "",
    lines.signature,
  ].join("\n");
  const p = (content: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(content)}</p>`;
  const html = `<!doctype html>
<html lang="${lang}"><body style="margin:0;padding:24px;background:#fafaf9;color:#1c1917;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif">
<div style="max-width:32rem;margin:0 auto;padding:24px;background:#ffffff;border:1px solid #e7e5e4;border-radius:16px">
${p(lines.greeting)}
${p(lines.intro)}
${p(lines.role)}
${lines.teams ? p(lines.teams) : ""}
<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 24px;background:#196253;color:#ffffff;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(lines.action)}</a></p>
${p(lines.expiry)}
${p(lines.ignore)}
${p(lines.signature)}
</div></body></html>`;
  return { to: invitation.to, subject: t("mail.subject", values), text, html };
}
