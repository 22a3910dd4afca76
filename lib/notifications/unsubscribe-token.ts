// The token in a notification mail's unsubscribe link (RFC 8058): who and which kind of mail, signed
// with HMAC-SHA256 under a key derived from NEXTAUTH_SECRET, so that it works without signing in and
// cannot be made for anyone else. It does not expire: an unsubscribe link must keep working.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { isNotificationKind, type NotificationKind } from "./notification-kinds";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function signature(body: string, secret: string): Buffer {
  const key = createHmac("sha256", secret).update("evne unsubscribe key").digest();
  return createHmac("sha256", key).update(body).digest();
}

export function unsubscribeToken(
  subject: { userId: string; kind: NotificationKind },
  secret = getEnv().NEXTAUTH_SECRET,
): string {
  const body = `${subject.userId}.${subject.kind}`;
  return `${Buffer.from(body).toString("base64url")}.${signature(body, secret).toString("base64url")}`;
}

/** Who and what the token unsubscribes, or null when it was altered or made with another key. */
export function readUnsubscribeToken(
  token: string,
  secret = getEnv().NEXTAUTH_SECRET,
): { userId: string; kind: NotificationKind } | null {
  const [encoded, signed, ...rest] = token.split(".");
  if (!encoded || !signed || rest.length > 0) return null;
  const body = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = signature(body, secret);
  const given = Buffer.from(signed, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, kind] = body.split(".");
  if (!userId || !UUID.test(userId) || !isNotificationKind(kind)) return null;
  return { userId, kind };
}
