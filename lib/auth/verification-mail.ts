// The sign-in mail, written in the language of the page the person asked from.
import "server-only";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import type { MailMessage } from "@/lib/mail/send-mail";

/** How long a sign-in link works; the mail says so. */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 60 * 60;

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export function signInMail({ to, url, lang }: { to: string; url: string; lang: Language }): MailMessage {
  const t = getT(lang);
  const app = t("app.name");
  const lines = {
    greeting: t("auth.mail.greeting"),
    intro: t("auth.mail.intro", { email: to, app }),
    action: t("auth.mail.action", { app }),
    expiry: t("auth.mail.expiry"),
    ignore: t("auth.mail.ignore"),
    signature: t("auth.mail.signature", { app }),
  };
  const text = [
    lines.greeting,
    "",
    lines.intro,
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
<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 24px;background:#196253;color:#ffffff;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(lines.action)}</a></p>
${p(lines.expiry)}
${p(lines.ignore)}
${p(lines.signature)}
</div></body></html>`;
  return { to, subject: t("auth.mail.subject", { app }), text, html };
}
