import {
  CSP_REPORT_TYPES,
  MAX_CSP_REPORT_BYTES,
  cspViolationsOf,
  readBoundedText,
} from "@/lib/security/headers-csp-report";

/**
 * Browsers report Content-Security-Policy violations here (proxy.ts names this path in the
 * policy). Each violation becomes one JSON line on stderr, which the XSS tests and operators count.
 * Anyone can post here, so the body is bounded and nothing is stored.
 */
export async function POST(request: Request): Promise<Response> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!(CSP_REPORT_TYPES as readonly string[]).includes(type)) return new Response(null, { status: 415 });
  const body = await readBoundedText(request, MAX_CSP_REPORT_BYTES);
  if (body === null) return new Response(null, { status: 413 });
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return new Response(null, { status: 400 });
  }
  for (const violation of cspViolationsOf(payload)) {
    console.warn(JSON.stringify({ event: "csp-violation", ...violation }));
  }
  return new Response(null, { status: 204 });
}
