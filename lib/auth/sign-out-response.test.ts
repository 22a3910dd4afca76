import { describe, expect, it } from "vitest";
import { redirectElsewhere, redirectTargetOf } from "./sign-out-response";

const END_SESSION = "https://id.example.com/session/end?id_token_hint=x";

/** next-auth's answers to a sign-out: both end the session cookie. */
function answer(kind: "json" | "redirect"): Response {
  const headers = new Headers();
  headers.append("set-cookie", "next-auth.session-token=; Path=/; Max-Age=0");
  headers.append("set-cookie", "next-auth.csrf-token=; Path=/; Max-Age=0");
  if (kind === "redirect") {
    headers.set("location", "http://localhost:3000/en");
    return new Response(null, { status: 302, headers });
  }
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify({ url: "http://localhost:3000/en" }), { status: 200, headers });
}

describe("a sign-out answer sent to the provider instead", () => {
  it("reads where next-auth sends the browser, from JSON (next-auth/react) or a redirect (a plain form)", async () => {
    expect(await redirectTargetOf(answer("json"))).toBe("http://localhost:3000/en");
    expect(await redirectTargetOf(answer("redirect"))).toBe("http://localhost:3000/en");
    expect(
      await redirectTargetOf(new Response("<html>", { headers: { "content-type": "text/html" } })),
    ).toBeNull();
  });

  it("keeps the status and every cookie that ends the session, for both kinds", async () => {
    const json = redirectElsewhere(answer("json"), END_SESSION);
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ url: END_SESSION });
    expect(json.headers.getSetCookie()).toHaveLength(2);

    const redirect = redirectElsewhere(answer("redirect"), END_SESSION);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe(END_SESSION);
    expect(redirect.headers.getSetCookie()).toEqual([
      "next-auth.session-token=; Path=/; Max-Age=0",
      "next-auth.csrf-token=; Path=/; Max-Age=0",
    ]);
  });
});
