import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { createAuthOptions } from "@/lib/auth/auth-options";
import { authRequestContext } from "@/lib/auth/auth-request";
import { discoveredProviderFor } from "@/lib/auth/oidc-discovery";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/** next-auth's endpoints (/api/auth/*), configured per request with the page language and client address. */
async function handler(request: NextRequest, context: RouteContext): Promise<Response> {
  const { nextauth } = await context.params;
  const discovered = await discoveredProviderFor(nextauth);
  return NextAuth(request, context, createAuthOptions(authRequestContext(request), undefined, discovered));
}

export { handler as GET, handler as POST };
