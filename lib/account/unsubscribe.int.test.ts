// Unsubscribing by a mail's signed token, without signing in: RFC 8058's one-click POST
// (app/api/unsubscribe/route.ts) and the unsubscribe page's button (unsubscribeAction). A good
// token turns exactly its one kind off for exactly its person, twice is once; an altered token, a
// token made with another secret, or a POST without the one-click body change nothing. A GET never
// changes anything. Against Postgres as the app.
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/unsubscribe/route";
import { unsubscribeAction } from "@/lib/actions/account/unsubscribe";
import { getSessionUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { createTestUser, type TestUser } from "@/lib/orgs/testing/build-organization";
import { setupTestDatabase } from "@/tests/db";
import { form, signIn } from "@/tests/support/action-session";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const database = setupTestDatabase();
const account = getT("nb", "account");

const optOutOf = async (user: TestUser) =>
  (await database.owner.user.findUniqueOrThrow({ where: { id: user.id }, select: { mailOptOut: true } }))
    .mailOptOut;

const tokenFor = (user: TestUser, kind: NotificationKind, secret?: string) =>
  unsubscribeToken({ userId: user.id, kind }, secret);

/** An altered token: the signature of Kari's, on a body naming another kind. */
function altered(token: string): string {
  const [body, signature] = token.split(".");
  const [userId] = Buffer.from(body!, "base64url").toString("utf8").split(".");
  return `${Buffer.from(`${userId}.assigned`).toString("base64url")}.${signature}`;
}

/** What a mail program sends (RFC 8058 §3.2): no cookies, its own Origin, the one-click body. */
function oneClick(
  token: string | null,
  body: BodyInit | null = "List-Unsubscribe=One-Click",
  contentType: string | null = "application/x-www-form-urlencoded",
) {
  const url = new URL("http://evne.test/api/unsubscribe");
  if (token !== null) url.searchParams.set("token", token);
  const headers = new Headers({ origin: "https://mail.example" });
  if (contentType) headers.set("content-type", contentType);
  return POST(new NextRequest(url, { method: "POST", body, headers }));
}

let kari: TestUser;
let ola: TestUser;

beforeEach(async () => {
  kari = await createTestUser({ name: "Kari" });
  ola = await createTestUser({ name: "Ola" });
  await database.owner.user.update({ where: { id: ola.id }, data: { mailOptOut: ["digest"] } });
});

describe("POST /api/unsubscribe (RFC 8058 one-click)", () => {
  it("turns the token's kind off for the token's person with a form-encoded body, and twice is once", async () => {
    const token = tokenFor(kari, "dueReminder");
    for (let time = 0; time < 2; time++) {
      const response = await oneClick(token);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await response.text()).toBe(account("unsubscribe.oneClick.done"));
      expect(await optOutOf(kari)).toEqual(["dueReminder"]);
    }
    expect(await optOutOf(ola)).toEqual(["digest"]);
  });

  it("takes the body as multipart/form-data too", async () => {
    const body = new FormData();
    body.append("List-Unsubscribe", "One-Click");
    // The Request sets the multipart content type with its boundary itself.
    const response = await oneClick(tokenFor(kari, "rateAgain"), body, null);
    expect(response.status).toBe(200);
    expect(await optOutOf(kari)).toEqual(["rateAgain"]);
  });

  it("answers 400 and changes nothing for an altered token, another secret's token, or none", async () => {
    const token = tokenFor(kari, "dueReminder");
    for (const bad of [
      altered(token),
      tokenFor(kari, "dueReminder", "another-secret-that-is-long-enough-for-next-auth"),
      `${token}x`,
      "not-a-token",
      "",
      null,
    ]) {
      const response = await oneClick(bad);
      expect(response.status, String(bad)).toBe(400);
      expect(await response.text()).toBe(account("unsubscribe.invalid.short"));
    }
    expect(await optOutOf(kari)).toEqual([]);
    expect(await optOutOf(ola)).toEqual(["digest"]);
  });

  it("answers 400 and changes nothing without the one-click body", async () => {
    const token = tokenFor(kari, "assigned");
    for (const [body, type] of [
      [null, null],
      ["", "application/x-www-form-urlencoded"],
      ["List-Unsubscribe=Yes", "application/x-www-form-urlencoded"],
      ['{"List-Unsubscribe":"One-Click"}', "application/json"],
      ["List-Unsubscribe=One-Click", "text/plain"],
    ] as const) {
      const response = await oneClick(token, body, type);
      expect(response.status, `${type}: ${body}`).toBe(400);
      expect(await response.text()).toBe(account("unsubscribe.oneClick.missingBody"));
    }
    expect(await optOutOf(kari)).toEqual([]);
  });

  it("sends a GET on to the unsubscribe page in the browser's language, changing nothing", async () => {
    const token = tokenFor(kari, "digest");
    const response = GET(
      new NextRequest(`http://evne.test/api/unsubscribe?token=${token}`, {
        headers: { "accept-language": "nl-NL,nl;q=0.9,en;q=0.5" },
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/nl/unsubscribe?token=${token}`);
    expect(await optOutOf(kari)).toEqual([]);
  });
});

describe("unsubscribeAction (the page's button)", () => {
  it("works for whoever holds the link, signed in or not, only for the person it names, and twice is once", async () => {
    const token = tokenFor(kari, "assigned");
    for (const who of [null, ola, kari]) {
      signIn(who);
      vi.mocked(getSessionUser).mockClear();
      const result = await unsubscribeAction({ lang: "en" }, null, form({ token }));
      expect(result).toEqual({ ok: true, data: { kind: "assigned" } });
      // The token is the authorization: whoever is signed in is never asked.
      expect(getSessionUser).not.toHaveBeenCalled();
    }
    expect(await optOutOf(kari)).toEqual(["assigned"]);
    expect(await optOutOf(ola)).toEqual(["digest"]);
  });

  it("refuses an altered token or another secret's as not found, in the person's language", async () => {
    signIn(null);
    const token = tokenFor(kari, "dueReminder");
    for (const bad of [altered(token), tokenFor(kari, "dueReminder", "x".repeat(40)), ""]) {
      const result = await unsubscribeAction({ lang: "nb" }, null, form({ token: bad }));
      expect(result).toMatchObject({ ok: false });
      if (!result.ok) {
        expect(["NOT_FOUND", "INVALID"]).toContain(result.code);
        expect(Object.values(result.fieldErrors)[0] ?? result.error).toBe(
          account("unsubscribe.invalid.short"),
        );
      }
    }
    expect(await optOutOf(kari)).toEqual([]);
  });
});
