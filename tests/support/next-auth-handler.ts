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

/** Runs one request through next-auth with `options`; returns its body and Set-Cookie lines. */
export async function callNextAuth(
  options: AuthOptions,
  call: NextAuthCall,
): Promise<{ body: unknown; setCookies: string[] }> {
  const headers: Record<string, unknown> = {};
  let body: unknown;
  const res = {
    status: () => res,
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
  return { body, setCookies: ([] as string[]).concat((headers["set-cookie"] as string[] | string) ?? []) };
}
