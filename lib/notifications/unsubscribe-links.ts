// Where a notification mail's unsubscribe goes: a page for people (it asks before it changes
// anything, since mail scanners open links) and RFC 8058's one-click POST for mail programs.
import "server-only";
import { authUrl, getEnv } from "@/lib/env";
import type { Language } from "@/lib/i18n/settings";
import type { NotificationKind } from "./notification-kinds";
import { unsubscribeToken } from "./unsubscribe-token";

export function unsubscribeLinks(subject: { userId: string; kind: NotificationKind }, lang: Language) {
  const token = encodeURIComponent(unsubscribeToken(subject));
  const origin = authUrl(getEnv());
  const oneClick = `${origin}/api/unsubscribe?token=${token}`;
  return {
    /** The page linked in the mail's footer: /[lang]/unsubscribe?token=… */
    page: `${origin}/${lang}/unsubscribe?token=${token}`,
    headers: {
      "List-Unsubscribe": `<${oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
