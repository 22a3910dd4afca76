import { NextRequest, NextResponse } from "next/server";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { ssoRouteForEmail } from "@/lib/sso/org-sso";

/**
 * The sign-in page asks where an address signs in (ADR 016): `{ provider: "oidc-org-<id>" }` when its
 * domain is an organization's verified single sign-on domain (with `required`: whether mail sign-in
 * is refused for it), else `{ provider: null }` (mail link).
 * It says no more than the sign-in redirect itself would; it reads and changes nothing else.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const form = await request
    .formData()
    .then((data) => Object.fromEntries(data))
    .catch(() => ({}) as Record<string, FormDataEntryValue>);
  const email = emailAddressSchema.safeParse(typeof form.email === "string" ? form.email : "");
  const route = email.success ? await ssoRouteForEmail(email.data) : null;
  return NextResponse.json(
    { provider: route?.providerId ?? null, required: route?.required ?? false },
    { headers: { "cache-control": "no-store" } },
  );
}
