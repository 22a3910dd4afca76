// Which notification mails a person gets: all kinds unless they turned some off, on their page or
// with a mail's one-click unsubscribe. Kept on the account (User.mailOptOut), so one switch holds
// for every organization the person is in.
import "server-only";
import { execute, q, sql } from "@/lib/db/sql";
import { withUser, type TenantTx } from "@/lib/db/tenant";
import { notificationKinds, type NotificationKind } from "./notification-kinds";
import { readUnsubscribeToken } from "./unsubscribe-token";

export type MailPreferences = Record<NotificationKind, boolean>;

export function preferencesFrom(optOut: readonly string[]): MailPreferences {
  return Object.fromEntries(
    notificationKinds.map((kind) => [kind, !optOut.includes(kind)]),
  ) as MailPreferences;
}

export async function getMailPreferences(userId: string): Promise<MailPreferences> {
  return withUser(userId, (tx) => readMailPreferences(tx, userId));
}

/** The same, in a transaction the caller has open (a page's one transaction, lib/pages/read-page.ts). */
export async function readMailPreferences(tx: TenantTx, userId: string): Promise<MailPreferences> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { mailOptOut: true } });
  return preferencesFrom(user.mailOptOut);
}

/** Saves the person's switches; returns them as stored. Saving the same twice changes nothing. */
export async function setMailPreferences(options: {
  userId: string;
  preferences: MailPreferences;
}): Promise<MailPreferences> {
  const optOut = notificationKinds.filter((kind) => !options.preferences[kind]);
  const user = await withUser(options.userId, (tx) =>
    tx.user.update({
      where: { id: options.userId },
      data: { mailOptOut: optOut },
      select: { mailOptOut: true },
    }),
  );
  return preferencesFrom(user.mailOptOut);
}

/**
 * Turns one kind of mail off for the person the token names, without signing in (RFC 8058's
 * one-click POST, or the unsubscribe page's button). Null for a token that is not ours; an account
 * deleted since is done already.
 */
export async function unsubscribeWithToken(token: string): Promise<{ kind: NotificationKind } | null> {
  const subject = readUnsubscribeToken(token);
  if (!subject) return null;
  await withUser(subject.userId, (tx) =>
    execute(
      tx,
      q
        .updateTable("User")
        .set((eb) => ({
          mailOptOut: eb.fn<string[]>("array_append", [eb.ref("mailOptOut"), eb.val(subject.kind)]),
          updatedAt: sql<Date>`now()`,
        }))
        .where("id", "=", subject.userId)
        .where((eb) => eb.not(eb(eb.val<string>(subject.kind), "=", eb.fn.any("mailOptOut")))),
    ),
  );
  return { kind: subject.kind };
}
