import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { nextAuthHandler } from "@/lib/auth/next-auth-handler";
import { redeemSignInCode } from "@/lib/auth/sign-in-code";
import { emailCallbackAction } from "@/lib/auth/sign-in-link";
import { authUrl, getEnv } from "@/lib/env";
import { isLanguage, defaultLanguage } from "@/lib/i18n/settings";

const codeForm = z.object({
  email: emailAddressSchema,
  code: z.string().max(32),
  callbackUrl: z.string().max(2048).optional(),
  lang: z.string().optional(),
});

/**
 * The one-time code from a sign-in mail, typed on the "check your email" page (issue 15): the
 * same sign-in as the mail's link, through next-auth's own email callback. A wrong or expired code
 * goes back to that page with a translated message.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const form = await request
    .formData()
    .then((data) => Object.fromEntries(data))
    .catch(() => ({}) as Record<string, FormDataEntryValue>);
  const lang = isLanguage(form.lang) ? form.lang : defaultLanguage;
  const parsed = codeForm.safeParse(form);
  // The public address, not the request's: Next's nextUrl carries the host it listens on.
  const origin = authUrl(getEnv());
  const verify = new URL(`/${lang}/verify`, origin);
  if (!parsed.success) {
    verify.searchParams.set("error", "codeInvalid");
    return NextResponse.redirect(verify, 303);
  }
  const { email, code } = parsed.data;
  const callbackUrl = safeCallbackPath(parsed.data.callbackUrl, lang);
  const redeemed = await redeemSignInCode({ identifier: email, code });
  if (!redeemed.ok) {
    verify.search = new URLSearchParams({
      email,
      callbackUrl,
      error: redeemed.reason === "expired" ? "codeExpired" : "codeInvalid",
    }).toString();
    return NextResponse.redirect(verify, 303);
  }
  const callback = new URL(emailCallbackAction({ token: redeemed.token, email, callbackUrl }), origin);
  return nextAuthHandler(new NextRequest(callback, { method: "POST" }), {
    params: Promise.resolve({ nextauth: ["callback", "email"] }),
  });
}
