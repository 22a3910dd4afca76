import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db/client";
import { setupTestDatabase } from "@/tests/db";
import { consumeRateLimit } from "./rate-limit";
import {
  SIGN_IN_LIMIT_PER_CLIENT,
  SIGN_IN_LIMIT_PER_EMAIL,
  consumeSignInAttempt,
} from "./sign-in-rate-limit";

const database = setupTestDatabase();
// A second application process, as far as Postgres can tell: its own client and connection pool.
const otherProcess = createDbClient(database.appUrl);
afterAll(() => otherProcess.$disconnect());

const MINUTE = 60_000;
let counter = 0;
const uniqueEmail = () => `person-${++counter}-${Date.now()}@firma.no`;
const countHits = (key: string) => database.owner.rateLimitHit.count({ where: { key } });

describe("sign-in rate limit", () => {
  it("allows 5 links per address in 15 minutes, then refuses without counting the refusal", async () => {
    const email = uniqueEmail();
    const start = new Date("2026-01-05T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMIT_PER_EMAIL; i++) {
      const at = new Date(start.getTime() + i * MINUTE);
      expect(await consumeSignInAttempt({ email, clientIp: null }, { now: at })).toEqual({ ok: true });
    }
    const refused = await consumeSignInAttempt(
      { email, clientIp: null },
      { now: new Date(start.getTime() + 10 * MINUTE) },
    );
    expect(refused).toEqual({
      ok: false,
      key: `sign-in:email:${email}`,
      retryAt: new Date(start.getTime() + 15 * MINUTE),
    });
    expect(await countHits(`sign-in:email:${email}`)).toBe(SIGN_IN_LIMIT_PER_EMAIL);

    // Once the first attempt has left the window there is room for one more, and old rows are gone.
    const later = new Date(start.getTime() + 15 * MINUTE + 1);
    expect(await consumeSignInAttempt({ email, clientIp: null }, { now: later })).toEqual({ ok: true });
    expect(await countHits(`sign-in:email:${email}`)).toBe(SIGN_IN_LIMIT_PER_EMAIL);
  });

  it("allows 20 requests per client across addresses; a refused client sends nothing for any address", async () => {
    const clientIp = `198.51.100.${counter % 250}`;
    const now = new Date("2026-01-05T12:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMIT_PER_CLIENT; i++) {
      expect((await consumeSignInAttempt({ email: uniqueEmail(), clientIp }, { now })).ok).toBe(true);
    }
    const fresh = uniqueEmail();
    const refused = await consumeSignInAttempt({ email: fresh, clientIp }, { now });
    expect(refused).toMatchObject({ ok: false, key: `sign-in:client:${clientIp}` });
    // The address was not charged for a request that was refused.
    expect(await countHits(`sign-in:email:${fresh}`)).toBe(0);
  });

  it("is shared between processes: attempts through two clients count against one limit", async () => {
    const email = uniqueEmail();
    const now = new Date();
    const results = [];
    for (let i = 0; i < SIGN_IN_LIMIT_PER_EMAIL + 2; i++) {
      const client = i % 2 === 0 ? database.app : otherProcess;
      results.push((await consumeSignInAttempt({ email, clientIp: null }, { now, client })).ok);
    }
    expect(results).toEqual([true, true, true, true, true, false, false]);
  });

  it("does not overshoot under concurrent requests from two processes", async () => {
    const email = uniqueEmail();
    const now = new Date();
    const attempts = Array.from({ length: 12 }, (_, i) =>
      consumeSignInAttempt(
        { email, clientIp: null },
        { now, client: i % 2 === 0 ? database.app : otherProcess },
      ),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((result) => result.ok)).toHaveLength(SIGN_IN_LIMIT_PER_EMAIL);
    expect(await countHits(`sign-in:email:${email}`)).toBe(SIGN_IN_LIMIT_PER_EMAIL);
  });

  it("prunes rows older than a day for any key on write", async () => {
    const stale = `test:stale:${uniqueEmail()}`;
    await database.owner.rateLimitHit.create({
      data: { key: stale, createdAt: new Date(Date.now() - 25 * 60 * MINUTE) },
    });
    expect(await countHits(stale)).toBe(1);
    await consumeRateLimit([{ key: `test:fresh:${uniqueEmail()}`, limit: 1, windowMs: MINUTE }]);
    expect(await countHits(stale)).toBe(0);
  });
});
