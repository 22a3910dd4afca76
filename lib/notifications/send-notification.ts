// The send_notification task: reads what a claimed notification is about, in its organization only,
// and mails it, unless it stopped being true (completed since, turned off since, left the
// organization). Retried by the queue like any mail (ADR 020); a refusal for good is not retried.
import "server-only";
import { z } from "zod";
import { withOrganization, type TenantTx } from "@/lib/db/tenant";
import { authUrl, getEnv } from "@/lib/env";
import { describeProgress, listProgress } from "@/lib/insights/learning-progress";
import { defaultLanguage, isLanguage, type Language } from "@/lib/i18n/settings";
import { openInvitation } from "@/lib/invitations/invitation-guards";
import { describeMailError, isPermanentRefusal, type JobAttempt } from "@/lib/mail/mail-queue";
import { sendMail, type MailEnv } from "@/lib/mail/send-mail";
import { displayText, readText } from "@/lib/programs/program-texts";
import { isNotificationKind } from "./notification-kinds";
import { notificationMail, type NotificationMail } from "./notification-mails";
import { unsubscribeLinks } from "./unsubscribe-links";

const DAY_MS = 24 * 60 * 60 * 1000;

const payloadSchema = z.object({ orgId: z.uuid(), notificationId: z.uuid() });

const dataSchema = z.object({
  programId: z.uuid().optional(),
  membershipId: z.uuid().optional(),
  dueDate: z.string().optional(),
  ratedAt: z.string().optional(),
  hr: z.boolean().optional(),
  manager: z.boolean().optional(),
});

export async function sendNotification(
  payload: unknown,
  job: JobAttempt,
  options: { env?: MailEnv; now?: Date } = {},
): Promise<void> {
  const { orgId, notificationId } = payloadSchema.parse(payload);
  const now = options.now ?? new Date();
  const mail = await withOrganization(orgId, (tx) => composeNotification(tx, { orgId, notificationId, now }));
  if (!mail) return;
  try {
    await sendMail(notificationMail(mail), { env: options.env });
  } catch (error) {
    if (isPermanentRefusal(error)) {
      console.error(`notification to ${mail.to} refused for good: ${describeMailError(error)}`);
      return;
    }
    if (job.attempts >= job.max_attempts) {
      console.error(`notification to ${mail.to} given up: ${describeMailError(error)}`);
    }
    throw error;
  }
}

/** What the mail says, or null when there is nothing to send any more. */
export async function composeNotification(
  tx: TenantTx,
  options: { orgId: string; notificationId: string; now: Date },
): Promise<NotificationMail | null> {
  const { orgId, notificationId, now } = options;
  const notification = await tx.notification.findUnique({
    where: { organizationId_id: { organizationId: orgId, id: notificationId } },
    select: {
      kind: true,
      data: true,
      user: { select: { id: true, email: true, name: true, language: true, mailOptOut: true } },
      organization: { select: { name: true, slug: true, defaultLanguage: true } },
    },
  });
  if (!notification || !isNotificationKind(notification.kind)) return null;
  const { kind, user, organization } = notification;
  // Turned off after the mail was claimed: the person's choice wins.
  if (user.mailOptOut.includes(kind)) return null;
  const data = dataSchema.parse(notification.data);
  const lang: Language = isLanguage(user.language)
    ? user.language
    : isLanguage(organization.defaultLanguage)
      ? organization.defaultLanguage
      : defaultLanguage;
  const membership = data.membershipId
    ? await tx.membership.findFirst({
        where: { id: data.membershipId, organizationId: orgId, userId: user.id, status: "active" },
        select: { id: true },
      })
    : await tx.membership.findFirst({
        where: { organizationId: orgId, userId: user.id, status: "active" },
        select: { id: true },
      });
  // Left the organization (or deactivated) since: nothing of it is theirs to hear about.
  if (!membership) return null;
  const origin = authUrl(getEnv());
  const workspace = `${origin}/${lang}/o/${organization.slug}`;
  const common = {
    lang,
    to: user.email,
    name: user.name,
    orgName: organization.name,
    unsubscribe: unsubscribeLinks({ userId: user.id, kind }, lang),
  };

  if (kind === "digest") {
    return composeDigest(tx, { orgId, membershipId: membership.id, now, data, common, workspace });
  }

  const program = data.programId
    ? await tx.program.findFirst({
        where: { id: data.programId, organizationId: orgId, status: "published" },
        select: { id: true, title: true },
      })
    : null;
  if (!program) return null;
  const title = displayText(readText(program.title), lang);
  const url = `${workspace}/learn/${program.id}`;
  const [progress] = (await listProgress(tx, { orgId, teamId: null, membershipIds: [membership.id] })).filter(
    (row) => row.programId === program.id,
  );
  // No longer assigned to them (the assignment was removed, they left the team).
  if (!progress) return null;

  switch (kind) {
    case "assigned":
      return {
        ...common,
        kind,
        url,
        program: title,
        dueDate: progress.dueDate,
        uid: `${program.id}.${membership.id}@evne`,
      };
    case "dueReminder": {
      const state = describeProgress(progress, now);
      // Completed since the reminder was claimed: no reminder after completion.
      if (state.complete || !progress.dueDate) return null;
      const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
      return {
        ...common,
        kind,
        url,
        program: title,
        dueDate: progress.dueDate,
        daysLeft: Math.round((progress.dueDate.getTime() - today) / DAY_MS),
        done: progress.done,
        total: progress.total,
      };
    }
    case "rateAgain": {
      const ratedAt = data.ratedAt ? new Date(data.ratedAt) : null;
      if (!ratedAt) return null;
      return {
        ...common,
        kind,
        url,
        program: title,
        days: Math.floor((now.getTime() - ratedAt.getTime()) / DAY_MS),
      };
    }
  }
}

/**
 * A manager's part says, per team they manage, how many help requests came in this week and who is
 * past a due date: both on the team dashboard already. HR's part is the organization's figures.
 */
async function composeDigest(
  tx: TenantTx,
  options: {
    orgId: string;
    membershipId: string;
    now: Date;
    data: z.infer<typeof dataSchema>;
    common: Omit<NotificationMail, "kind" | "url"> & { lang: Language };
    workspace: string;
  },
): Promise<NotificationMail | null> {
  const { orgId, membershipId, now, common, workspace } = options;
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const membership = await tx.membership.findUniqueOrThrow({
    where: { organizationId_id: { organizationId: orgId, id: membershipId } },
    select: {
      role: true,
      teamMembers: { where: { isManager: true }, select: { team: { select: { id: true, name: true } } } },
    },
  });
  const teams = membership.teamMembers
    .map((place) => place.team)
    .sort((a, b) => a.name.localeCompare(b.name));
  const manager =
    teams.length === 0
      ? null
      : await Promise.all(
          teams.map(async (team) => {
            const rows = await listProgress(tx, { orgId, teamId: team.id });
            const overdueIds = new Set(
              rows.filter((row) => describeProgress(row, now).overdue).map((row) => row.membershipId),
            );
            const people = await tx.membership.findMany({
              where: { organizationId: orgId, id: { in: [...overdueIds] } },
              select: { user: { select: { name: true, email: true } } },
            });
            const newHelpRequests = await tx.helpRequest.count({
              where: {
                organizationId: orgId,
                handledAt: null,
                createdAt: { gte: weekAgo },
                membership: { teamMembers: { some: { teamId: team.id, isManager: false } } },
              },
            });
            return {
              team: team.name,
              newHelpRequests,
              overdue: people.map(({ user }) => user.name || user.email).sort((a, b) => a.localeCompare(b)),
            };
          }),
        );
  const isHr = membership.role === "owner" || membership.role === "admin";
  const hr = isHr
    ? await (async () => {
        const rows = await listProgress(tx, { orgId, teamId: null });
        const described = rows.map((row) => ({ row, state: describeProgress(row, now) }));
        const failedMails = await tx.invitation.count({
          where: { organizationId: orgId, ...openInvitation(now), mailFailedAt: { not: null } },
        });
        return {
          assigned: rows.length,
          completed: described.filter(({ state }) => state.complete).length,
          overdue: new Set(described.filter(({ state }) => state.overdue).map(({ row }) => row.membershipId))
            .size,
          failedMails,
        };
      })()
    : null;
  // A manager whose teams had a quiet week, and who is not HR, gets no mail about nothing.
  const quiet = manager?.every((team) => team.newHelpRequests === 0 && team.overdue.length === 0) ?? true;
  if (!hr && quiet) return null;
  return { ...common, kind: "digest", url: `${workspace}/insights`, manager, hr };
}
