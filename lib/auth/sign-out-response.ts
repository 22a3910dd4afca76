// next-auth's answer to a sign-out, read and redirected elsewhere: a 302 for a plain form POST, or
// `{ url }` in JSON for next-auth/react's signOut(), which then sets window.location to it.

/** Where the answer sends the browser; null when it sends it nowhere. */
export async function redirectTargetOf(response: Response): Promise<string | null> {
  const location = response.headers.get("location");
  if (location) return location;
  if (!response.headers.get("content-type")?.includes("application/json")) return null;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const url = body !== null && typeof body === "object" ? (body as { url?: unknown }).url : undefined;
  return typeof url === "string" ? url : null;
}

/** The same answer, with its status and headers (the cookies that end the session), sending the browser to `url`. */
export function redirectElsewhere(response: Response, url: string): Response {
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  if (headers.has("location")) {
    headers.set("location", url);
    return new Response(null, { status: response.status, headers });
  }
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify({ url }), { status: response.status, headers });
}
