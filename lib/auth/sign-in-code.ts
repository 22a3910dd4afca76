// The one-time code in a sign-in mail (issue 15): for reading mail on a phone and signing in on a
// laptop, or where a mail scanner mangles links. Six digits, 15 minutes, one use, five wrong tries
// per mail. It unlocks the same next-auth verification token as the mail's link, which is kept
// encrypted under a key derived from NEXTAUTH_SECRET (next-auth itself keeps only its hash).
import "server-only";
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  randomInt,
  timingSafeEqual,
} from "node:crypto";
import { db, type Db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";

export const SIGN_IN_CODE_LENGTH = 6;
/** Wrong codes one mail's code takes before it stops working. */
export const SIGN_IN_CODE_MAX_FAILURES = 5;

function secret(): string {
  return getEnv().NEXTAUTH_SECRET;
}

function key(): Buffer {
  return createHash("sha256").update(`evne sign-in code key\0${secret()}`).digest();
}

function codeHash(identifier: string, code: string): string {
  return createHash("sha256").update(`${identifier}\0${code}\0${secret()}`).digest("hex");
}

function encrypt(token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

function decrypt(ciphertext: string): string {
  const [iv, tag, body] = ciphertext.split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key(), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString("utf8");
}

/** Digits only, whatever people type around them (spaces, a dash). */
export function normalizeSignInCode(input: string): string {
  return input.replace(/\D/g, "");
}

/** A new code for the mail that carries `token`; it expires with the token. */
export async function createSignInCode(
  input: { identifier: string; token: string; expires: Date },
  client: Db = db,
): Promise<string> {
  const code = String(randomInt(0, 10 ** SIGN_IN_CODE_LENGTH)).padStart(SIGN_IN_CODE_LENGTH, "0");
  await client.signInCode.create({
    data: {
      identifier: input.identifier,
      codeHash: codeHash(input.identifier, code),
      tokenCiphertext: encrypt(input.token),
      expiresAt: input.expires,
    },
  });
  return code;
}

export type RedeemedCode = { ok: true; token: string } | { ok: false; reason: "invalid" | "expired" };

/**
 * The link token for a code typed for an address, once. A wrong code counts against every live
 * code of that address, so guessing across several mails gains nothing; at the limit they stop.
 */
export async function redeemSignInCode(
  input: { identifier: string; code: string; now?: Date },
  client: Db = db,
): Promise<RedeemedCode> {
  const now = input.now ?? new Date();
  const code = normalizeSignInCode(input.code);
  const wanted = Buffer.from(codeHash(input.identifier, code), "hex");
  return client.$transaction(async (tx) => {
    // One redemption at a time per address: two tabs cannot both use one code.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`sign-in-code:${input.identifier}`}, 0))`;
    const live = await tx.signInCode.findMany({
      where: {
        identifier: input.identifier,
        usedAt: null,
        expiresAt: { gt: now },
        failedAttempts: { lt: SIGN_IN_CODE_MAX_FAILURES },
      },
      orderBy: { createdAt: "desc" },
    });
    const match =
      code.length === SIGN_IN_CODE_LENGTH
        ? live.find((row) => timingSafeEqual(Buffer.from(row.codeHash, "hex"), wanted))
        : undefined;
    if (!match) {
      await tx.signInCode.updateMany({
        where: { id: { in: live.map((row) => row.id) } },
        data: { failedAttempts: { increment: 1 } },
      });
      const expired = await tx.signInCode.count({
        where: { identifier: input.identifier, codeHash: wanted.toString("hex"), expiresAt: { lte: now } },
      });
      return { ok: false, reason: expired > 0 ? "expired" : "invalid" };
    }
    await tx.signInCode.update({ where: { id: match.id }, data: { usedAt: now } });
    // Old rows of this address go with a successful sign-in.
    await tx.signInCode.deleteMany({ where: { identifier: input.identifier, expiresAt: { lte: now } } });
    return { ok: true, token: decrypt(match.tokenCiphertext) };
  });
}
