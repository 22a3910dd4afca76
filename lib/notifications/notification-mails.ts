// The notification mails, in the person's language, each with a link to turn its kind off. Pure:
// everything they say is passed in (lib/notifications/send-notification.ts reads it), so that each
// mail's words can be checked without a database.
import "server-only";
import { createEvent } from "ics";
import { getT } from "@/lib/i18n/server";
import { languageTags, type Language } from "@/lib/i18n/settings";
import { renderMail } from "@/lib/mail/render-mail";
import type { MailMessage } from "@/lib/mail/send-mail";
import type { NotificationKind } from "./notification-kinds";

type Common = {
  lang: Language;
  to: string;
  name: string | null;
  orgName: string;
  /** The page the mail's button opens. */
  url: string;
  unsubscribe: { page: string; headers: Record<string, string> };
};

export type NotificationMail =
  | (Common & { kind: "assigned"; program: string; dueDate: Date | null; uid: string })
  | (Common & {
      kind: "dueReminder";
      program: string;
      dueDate: Date;
      /** Whole days from today to the due date; negative once it passed. */
      daysLeft: number;
      done: number;
      total: number;
    })
  | (Common & { kind: "rateAgain"; program: string; days: number })
  | (Common & {
      kind: "digest";
      manager: { team: string; newHelpRequests: number; overdue: string[] }[] | null;
      hr: { assigned: number; completed: number; overdue: number; failedMails: number } | null;
    });

const dayFormat = (lang: Language) =>
  new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "full", timeZone: "UTC" });

export function notificationMail(mail: NotificationMail): MailMessage {
  const t = getT(mail.lang, "account");
  const app = getT(mail.lang)("app.name");
  const greeting = mail.name
    ? t("notifications.greetingName", { name: mail.name })
    : t("notifications.greeting");
  const footer = {
    text: t(`notifications.footer.${mail.kind satisfies NotificationKind}`, { org: mail.orgName, app }),
    link: { label: t("notifications.footer.unsubscribe"), url: mail.unsubscribe.page },
  };
  const signature = t("notifications.signature", { app });
  const base = { to: mail.to, headers: mail.unsubscribe.headers };
  const date = (value: Date) => dayFormat(mail.lang).format(value);

  switch (mail.kind) {
    case "assigned": {
      const { text, html } = renderMail({
        lang: mail.lang,
        before: [
          greeting,
          t("notifications.assigned.body", { org: mail.orgName, program: mail.program }),
          mail.dueDate ? t("notifications.assigned.due", { date: date(mail.dueDate) }) : null,
        ],
        action: { label: t("notifications.assigned.action"), url: mail.url },
        after: [mail.dueDate ? t("notifications.assigned.calendar") : null],
        signature,
        footer,
      });
      const calendar = mail.dueDate ? dueDateEvent(mail) : null;
      return {
        ...base,
        subject: t("notifications.assigned.subject", { program: mail.program, org: mail.orgName }),
        text,
        html,
        ...(calendar
          ? {
              attachments: [
                {
                  filename: "evne.ics",
                  content: calendar,
                  contentType: "text/calendar; charset=utf-8; method=PUBLISH",
                },
              ],
            }
          : {}),
      };
    }
    case "dueReminder": {
      const values = { program: mail.program, date: date(mail.dueDate), count: mail.daysLeft };
      const when =
        mail.daysLeft < 0
          ? "overdue"
          : mail.daysLeft === 0
            ? "today"
            : mail.daysLeft === 1
              ? "tomorrow"
              : "days";
      const { text, html } = renderMail({
        lang: mail.lang,
        before: [
          greeting,
          t(`notifications.dueReminder.body.${when}`, values),
          t("notifications.dueReminder.progress", { done: mail.done, total: mail.total }),
        ],
        action: { label: t("notifications.dueReminder.action"), url: mail.url },
        after: [],
        signature,
        footer,
      });
      return { ...base, subject: t(`notifications.dueReminder.subject.${when}`, values), text, html };
    }
    case "rateAgain": {
      const { text, html } = renderMail({
        lang: mail.lang,
        before: [greeting, t("notifications.rateAgain.body", { program: mail.program, count: mail.days })],
        action: { label: t("notifications.rateAgain.action"), url: mail.url },
        after: [t("notifications.rateAgain.privacy")],
        signature,
        footer,
      });
      return {
        ...base,
        subject: t("notifications.rateAgain.subject", { program: mail.program }),
        text,
        html,
      };
    }
    case "digest": {
      const lines: (string | null)[] = [greeting, t("notifications.digest.intro", { org: mail.orgName })];
      for (const team of mail.manager ?? []) {
        lines.push(
          t("notifications.digest.team", {
            team: team.team,
            count: team.newHelpRequests,
          }),
          team.overdue.length > 0
            ? t("notifications.digest.overdue", {
                count: team.overdue.length,
                names: team.overdue.join(", "),
              })
            : t("notifications.digest.noneOverdue"),
        );
      }
      if (mail.hr) {
        lines.push(
          t("notifications.digest.hr.completion", { completed: mail.hr.completed, count: mail.hr.assigned }),
          t("notifications.digest.hr.overdue", { count: mail.hr.overdue }),
          mail.hr.failedMails > 0
            ? t("notifications.digest.hr.failedMails", { count: mail.hr.failedMails })
            : null,
        );
      }
      const { text, html } = renderMail({
        lang: mail.lang,
        before: lines,
        action: { label: t("notifications.digest.action"), url: mail.url },
        after: [],
        signature,
        footer,
      });
      return { ...base, subject: t("notifications.digest.subject", { org: mail.orgName }), text, html };
    }
  }
}

/** An all-day calendar entry on the due date, with a link to the program (RFC 5545 via npm ics). */
function dueDateEvent(mail: Extract<NotificationMail, { kind: "assigned" }>): string | null {
  const due = mail.dueDate!;
  const next = new Date(due.getTime() + 24 * 60 * 60 * 1000);
  const day = (value: Date): [number, number, number] => [
    value.getUTCFullYear(),
    value.getUTCMonth() + 1,
    value.getUTCDate(),
  ];
  const t = getT(mail.lang, "account");
  const { error, value } = createEvent({
    start: day(due),
    end: day(next),
    title: t("notifications.assigned.calendarTitle", { program: mail.program }),
    description: `${t("notifications.assigned.body", { org: mail.orgName, program: mail.program })}\n${mail.url}`,
    url: mail.url,
    uid: mail.uid,
    productId: "evne",
    method: "PUBLISH",
    transp: "TRANSPARENT",
    busyStatus: "FREE",
  });
  if (error || !value) {
    console.error(`calendar entry not made: ${error?.message ?? "no output"}`);
    return null;
  }
  return value;
}
