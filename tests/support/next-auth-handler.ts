// next-auth's handler called the way the Pages-style API route calls it, without a server: the
// integration tests read its answers (body, Set-Cookie) for a given request.
import NextAuth, { type AuthOptions } from "next-auth";

export type NextAuthCall = {
  /** The route's segments after /api/auth, e.g. ["session"] or ["callback", "email"]. */
  action: string[];
  method?: string;
  query?: Record<string, string>;
  body?: Record<string, string>;
  cookies?: Record<string, string>;
  headers?: Record<string, string>;
};

export type NextAuthAnswer = { status: number; location?: string; body: unknown; setCookies: string[] };

/** Runs one request through next-auth with `options`; returns its status, redirect, body and Set-Cookie lines. */
export async function callNextAuth(options: AuthOptions, call: NextAuthCall): Promise<NextAuthAnswer> {
  const headers: Record<string, unknown> = {};
  let body: unknown;
  let status = 200;
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    getHeader: (name: string) => headers[name.toLowerCase()],
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = value;
      return res;
    },
    json: (value: unknown) => void (body = value),
    send: (value: unknown) => void (body = value),
    end() {},
  };
  const req = {
    method: call.method ?? "GET",
    query: { nextauth: call.action, ...call.query },
    body: call.body,
    cookies: call.cookies ?? {},
    headers: { host: "127.0.0.1", ...call.headers },
  };
  await NextAuth(req as never, res as never, options);
  const location = headers.location;
  return {
    status,
    location: typeof location === "string" ? location : undefined,
    body,
    setCookies: ([] as string[]).concat((headers["set-cookie"] as string[] | string) ?? []),
  };
}
