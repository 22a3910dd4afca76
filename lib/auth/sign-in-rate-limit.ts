import "server-only";
import type { Db } from "@/lib/db/client";
import { consumeRateLimit, type RateLimitResult, type RateLimitRule } from "./rate-limit";

const WINDOW_MS = 15 * 60 * 1000;

/** Sign-in links one address may ask for in 15 minutes: enough for typos and a lost mail, not for mail bombing. */
export const SIGN_IN_LIMIT_PER_EMAIL = 5;
/** Sign-in requests one client may make in 15 minutes, whatever the addresses. */
export const SIGN_IN_LIMIT_PER_CLIENT = 20;

export function signInRateLimitRules(input: { email: string; clientIp: string | null }): RateLimitRule[] {
  const rules: RateLimitRule[] = [
    { key: `sign-in:email:${input.email}`, limit: SIGN_IN_LIMIT_PER_EMAIL, windowMs: WINDOW_MS },
  ];
  if (input.clientIp) {
    rules.push({
      key: `sign-in:client:${input.clientIp}`,
      limit: SIGN_IN_LIMIT_PER_CLIENT,
      windowMs: WINDOW_MS,
    });
  }
  return rules;
}

/** Counts one sign-in link request for the address and the client; `ok: false` means send nothing. */
export function consumeSignInAttempt(
  input: { email: string; clientIp: string | null },
  options: { now?: Date; client?: Db } = {},
): Promise<RateLimitResult> {
  return consumeRateLimit(signInRateLimitRules(input), options);
}
