// "Email notifications" on "My data & privacy": the switches go through the action pipeline as the
// signed-in person, are saved on their account, a second save of the same is the same, and nobody
// else's switches move. Against Postgres as the app.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setMailPreferencesAction } from "@/lib/actions/account/set-mail-preferences";
import { getT } from "@/lib/i18n/server";
import { createTestUser, type TestUser } from "@/lib/orgs/testing/build-organization";
import { setupTestDatabase } from "@/tests/db";
import { form, signIn } from "@/tests/support/action-session";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const database = setupTestDatabase();
const en = getT("en", "account");
const allOn = { assigned: "true", dueReminder: "true", rateAgain: "true", digest: "true" };

const optOutOf = async (user: TestUser) =>
  (await database.owner.user.findUniqueOrThrow({ where: { id: user.id }, select: { mailOptOut: true } }))
    .mailOptOut;

let kari: TestUser;
let ola: TestUser;

beforeEach(async () => {
  kari = await createTestUser({ name: "Kari" });
  ola = await createTestUser({ name: "Ola" });
  // Ola has turned the digest off himself; nothing Kari does may change that.
  await database.owner.user.update({ where: { id: ola.id }, data: { mailOptOut: ["digest"] } });
});

describe("setMailPreferencesAction", () => {
  it("turns one kind off for the signed-in person, says which, and leaves everyone else alone", async () => {
    signIn(kari);
    const result = await setMailPreferencesAction(
      { lang: "en" },
      null,
      form({ ...allOn, dueReminder: "false" }),
    );
    expect(result).toEqual({
      ok: true,
      data: {
        preferences: { assigned: true, dueReminder: false, rateAgain: true, digest: true },
        changed: { kind: "dueReminder", on: false },
      },
      message: en("mailPreferences.kinds.dueReminder.turnedOff"),
    });
    expect(await optOutOf(kari)).toEqual(["dueReminder"]);
    expect(await optOutOf(ola)).toEqual(["digest"]);
  });

  it("saves the same twice as once", async () => {
    signIn(kari);
    const fields = form({ ...allOn, rateAgain: "false", digest: "false" });
    const first = await setMailPreferencesAction({ lang: "en" }, null, fields);
    const second = await setMailPreferencesAction({ lang: "en" }, null, fields);
    expect(first).toMatchObject({ ok: true, data: { changed: null }, message: en("mailPreferences.saved") });
    expect(second).toEqual({ ...first, ok: true });
    expect(await optOutOf(kari)).toEqual(["rateAgain", "digest"]);
    expect(await optOutOf(ola)).toEqual(["digest"]);
  });

  it("turns a kind on again, in the person's language", async () => {
    await database.owner.user.update({ where: { id: kari.id }, data: { mailOptOut: ["assigned"] } });
    signIn(kari, "nb");
    const result = await setMailPreferencesAction({ lang: "nb" }, null, form(allOn));
    expect(result).toMatchObject({
      ok: true,
      data: { changed: { kind: "assigned", on: true } },
      message: getT("nb", "account")("mailPreferences.kinds.assigned.turnedOn"),
    });
    expect(await optOutOf(kari)).toEqual([]);
  });

  it("refuses an incomplete or malformed form, and a person who is not signed in, changing nothing", async () => {
    signIn(kari);
    const { digest: _left, ...incomplete } = allOn;
    for (const fields of [incomplete, { ...allOn, digest: "maybe" }]) {
      const result = await setMailPreferencesAction({ lang: "en" }, null, form(fields));
      expect(result).toMatchObject({ ok: false, code: "INVALID" });
    }
    signIn(null);
    const signedOut = await setMailPreferencesAction(
      { lang: "en" },
      null,
      form({ ...allOn, assigned: "false" }),
    );
    expect(signedOut).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await optOutOf(kari)).toEqual([]);
    expect(await optOutOf(ola)).toEqual(["digest"]);
  });
});
