// The identity provider's discovery document (OpenID Connect Discovery 1.0), fetched once per issuer
// and kept for the life of the process: endpoints, keys and the algorithms it signs ID tokens with.
import "server-only";
import { z } from "zod";
import { getEnv, oidcSettings, type Env, type OidcSettings } from "@/lib/env";
import { chooseIdTokenSigningAlg, type IdTokenSigningAlg } from "./oidc-signing-alg";
import { OIDC_PROVIDER_ID } from "./provider-ids";

const httpUrl = z.url({ protocol: /^https?$/ });

const metadataSchema = z.object({
  issuer: httpUrl,
  authorization_endpoint: httpUrl,
  token_endpoint: httpUrl,
  userinfo_endpoint: httpUrl.optional(),
  jwks_uri: httpUrl,
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
  // RP-Initiated Logout 1.0 (ADR 019). A malformed one means no provider sign-out, not no sign-in.
  end_session_endpoint: httpUrl.optional().catch(undefined),
});

export type OidcIssuerMetadata = z.output<typeof metadataSchema>;

export type ClientAuthMethod = "client_secret_basic" | "client_secret_post";

/** What next-auth needs to talk to the provider without discovering it again on every request. */
export type DiscoveredProvider = {
  metadata: OidcIssuerMetadata;
  idTokenSigningAlg: IdTokenSigningAlg;
  tokenEndpointAuthMethod: ClientAuthMethod;
};

const DISCOVERY_TIMEOUT_MS = 5_000;
const cache = new Map<string, Promise<OidcIssuerMetadata>>();

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, "");

async function fetchMetadata(issuer: string): Promise<OidcIssuerMetadata> {
  const url = `${withoutTrailingSlash(issuer)}/.well-known/openid-configuration`;
  const response = await fetch(url, {
    headers: { accept: "application/json" },
    signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const parsed = metadataSchema.safeParse(await response.json());
  if (!parsed.success)
    throw new Error(`${url} is not a discovery document: ${parsed.error.issues[0]?.message}`);
  // Discovery 4.3: the document must be about the issuer it was asked for (Evne stores it without a
  // trailing slash; the provider's own spelling is what its ID tokens carry in `iss`).
  if (withoutTrailingSlash(parsed.data.issuer) !== withoutTrailingSlash(issuer)) {
    throw new Error(`${url} names another issuer: ${parsed.data.issuer}`);
  }
  return parsed.data;
}

/** The issuer's metadata; fetched on first use, then cached. A failed fetch is not cached. */
export function issuerMetadata(issuer: string): Promise<OidcIssuerMetadata> {
  const key = withoutTrailingSlash(issuer);
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchMetadata(key);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

/** client_secret_basic is the default (OIDC Core 9); post only for a provider that offers post and not basic. */
export function chooseClientAuthMethod(supported: readonly string[] | undefined): ClientAuthMethod {
  if (supported && !supported.includes("client_secret_basic") && supported.includes("client_secret_post")) {
    return "client_secret_post";
  }
  return "client_secret_basic";
}

/**
 * The provider as discovered, or null when discovery failed or offers nothing usable; the reason is
 * logged, and single sign-on then fails with a message while sign-in by email keeps working.
 */
export async function discoverProvider(settings: OidcSettings): Promise<DiscoveredProvider | null> {
  try {
    const metadata = await issuerMetadata(settings.issuer);
    const alg = chooseIdTokenSigningAlg(
      metadata.id_token_signing_alg_values_supported,
      settings.idTokenSigningAlg,
    );
    if (!alg.ok) {
      console.warn(`[auth] single sign-on with ${settings.issuer} is not possible: ${alg.reason}`);
      return null;
    }
    return {
      metadata,
      idTokenSigningAlg: alg.alg,
      tokenEndpointAuthMethod: chooseClientAuthMethod(metadata.token_endpoint_auth_methods_supported),
    };
  } catch (error) {
    console.warn(
      `[auth] discovery of ${settings.issuer} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

/**
 * The discovered single sign-on provider for an /api/auth/… request that talks to it
 * (signin/oidc, callback/oidc); null for every other request, which has no use for it.
 */
export async function discoveredProviderFor(
  segments: readonly string[],
  env: Env = getEnv(),
): Promise<DiscoveredProvider | null> {
  const settings = oidcSettings(env);
  if (!settings || segments[1] !== OIDC_PROVIDER_ID) return null;
  return discoverProvider(settings);
}
