// The sign-in mail, written in the language of the page the person asked from.
import "server-only";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import { renderMail } from "@/lib/mail/render-mail";
import type { MailMessage } from "@/lib/mail/send-mail";

/** How long a sign-in link and its code work; the mail says so. */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 15 * 60;

/**
 * `url`: the confirmation page (lib/auth/sign-in-link.ts), never next-auth's callback, so a
 * scanner that opens it signs nobody in. `code`: the same sign-in, typed on the page that asked.
 */
export function signInMail({
  to,
  url,
  code,
  lang,
}: {
  to: string;
  url: string;
  code: string;
  lang: Language;
}): MailMessage {
  const t = getT(lang);
  const app = t("app.name");
  const lines = {
    greeting: t("auth.mail.greeting"),
    intro: t("auth.mail.intro", { email: to, app }),
    action: t("auth.mail.action", { app }),
    code: t("auth.mail.code", { code: `${code.slice(0, 3)} ${code.slice(3)}` }),
    expiry: t("auth.mail.expiry", { minutes: SIGN_IN_LINK_MAX_AGE_SECONDS / 60 }),
    ignore: t("auth.mail.ignore"),
    signature: t("auth.mail.signature", { app }),
  };
  const { text, html } = renderMail({
    lang,
    before: [lines.greeting, lines.intro],
    action: { label: lines.action, url },
    after: [lines.code, lines.expiry, lines.ignore],
    signature: lines.signature,
  });
  return { to, subject: t("auth.mail.subject", { app }), text, html };
}
