// A real OpenID Connect provider for tests: npm `oidc-provider` (OpenID certified) on 127.0.0.1 with
// one registered client (Evne), signing keys for the chosen algorithm, and otherwise its default
// configuration, so email claims come from the userinfo endpoint only (conformIdTokenClaims).
// Its login page lets the test say who signs in and how `email_verified` is sent; consent is given
// at once. Used by the integration tests (lib/auth/oidc-sign-in.int.test.ts) and, through
// e2e/support/global-setup.ts, by the end-to-end server.
import { generateKeyPairSync, randomBytes, randomUUID, type JsonWebKey } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type InteractionDetails } from "oidc-provider";
import { TEST_IDP_LOGIN, type EmailVerifiedChoice } from "./test-idp-login";

export type TestIdpAlg = "RS256" | "PS256" | "ES256" | "EdDSA";

export type TestIdpOptions = {
  /** 0 (default): any free port. */
  port?: number;
  clientId: string;
  clientSecret: string;
  /** Evne's callback, `…/api/auth/callback/oidc`. */
  redirectUri: string;
  /**
   * Where the provider may send people back after RP-initiated logout (Evne's `…/api/auth/signed-out`),
   * registered on every client; without it, the provider's end_session_endpoint refuses Evne's logout
   * requests. (oidc-provider offers that endpoint in its default configuration.)
   */
  postLogoutRedirectUri?: string;
  /** false: a provider without RP-initiated logout (no end_session_endpoint in its discovery). */
  rpInitiatedLogout?: boolean;
  /** The only key's algorithm, registered as the client's ID token algorithm. Default RS256. */
  alg?: TestIdpAlg;
  /**
   * More clients whose redirect URI is `redirectUriPrefix` followed by any UUID: an organization's own
   * client (ADR 016), whose callback names the organization's id, unknown when the provider starts.
   */
  orgClients?: { clientId: string; clientSecret: string; redirectUriPrefix: string }[];
  /** oidc-provider's default is true: email claims only from userinfo when an access token is issued. */
  conformIdTokenClaims?: boolean;
};

export type TestIdp = {
  issuer: string;
  /** Query parameters of every authorization request, in order. */
  authorizationRequests: URLSearchParams[];
  /** How many times the userinfo endpoint was called. */
  userinfoRequests(): number;
  /** How many times the discovery document was fetched. */
  discoveryRequests(): number;
  close(): Promise<void>;
};

function signingKey(alg: TestIdpAlg): JsonWebKey {
  const pair =
    alg === "ES256"
      ? generateKeyPairSync("ec", { namedCurve: "P-256" })
      : alg === "EdDSA"
        ? generateKeyPairSync("ed25519")
        : generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...pair.privateKey.export({ format: "jwk" }), use: "sig", kid: randomUUID() };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string): string {
  const f = TEST_IDP_LOGIN;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${f.title}</title></head>
<body><main><h1>${f.title}</h1>
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<p><label for="email">${f.email.label}</label> <input id="email" name="${f.email.name}" type="email" required></p>
<p><label for="name">${f.name.label}</label> <input id="name" name="${f.name.name}"></p>
<p><label for="verified">${f.emailVerified.label}</label> <select id="verified" name="${f.emailVerified.name}">
<option value="true">true</option><option value="false">false</option><option value="absent">(not sent)</option></select></p>
<p><label for="sub">${f.subject.label}</label> <input id="sub" name="${f.subject.name}"></p>
<button type="submit">${f.submit}</button>
</form></main></body></html>`;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export async function startTestIdp(options: TestIdpOptions): Promise<TestIdp> {
  const alg = options.alg ?? "RS256";
  const accounts = new Map<string, Record<string, unknown>>();
  const authorizationRequests: URLSearchParams[] = [];
  let userinfoRequests = 0;
  let discoveryRequests = 0;

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const postLogoutRedirectUris = options.postLogoutRedirectUri ? [options.postLogoutRedirectUri] : [];

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: postLogoutRedirectUris,
        id_token_signed_response_alg: alg,
      },
      ...(options.orgClients ?? []).map((client) => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [`${client.redirectUriPrefix}00000000-0000-0000-0000-000000000000`],
        post_logout_redirect_uris: postLogoutRedirectUris,
        id_token_signed_response_alg: alg,
      })),
    ],
    jwks: { keys: [signingKey(alg)] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { email: ["email", "email_verified"], profile: ["name"] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: options.rpInitiatedLogout ?? true },
    },
    // Fixed lifetimes, so oidc-provider does not remind the test log that it should have some.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    ...(options.conformIdTokenClaims === undefined
      ? {}
      : { conformIdTokenClaims: options.conformIdTokenClaims }),
    async findAccount(_ctx: unknown, sub: string) {
      const claims = accounts.get(sub);
      return claims && { accountId: sub, claims: async () => ({ sub, ...claims }) };
    },
  });
  const orgPrefixes = new Map((options.orgClients ?? []).map((c) => [c.clientId, c.redirectUriPrefix]));
  const clientPrototype = provider.Client.prototype;
  const exactRedirect = clientPrototype.redirectUriAllowed;
  clientPrototype.redirectUriAllowed = function (value: string) {
    const prefix = orgPrefixes.get(this.clientId);
    const rest = prefix && value.startsWith(prefix) ? value.slice(prefix.length) : "";
    return /^[0-9a-f-]{36}$/.test(rest) || exactRedirect.call(this, value);
  };
  const oidc = provider.callback();

  async function consent(req: IncomingMessage, res: ServerResponse, details: InteractionDetails) {
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({
          accountId: details.session!.accountId,
          clientId: String(details.params.client_id),
        });
    if (!grant) throw new Error("grant not found");
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { consent: details.grantId ? {} : { grantId } },
      {
        mergeWithLastSubmission: true,
      },
    );
  }

  async function login(req: IncomingMessage, res: ServerResponse) {
    const form = await formBody(req);
    const sub = form.get(TEST_IDP_LOGIN.subject.name) || randomUUID();
    const verified = form.get(TEST_IDP_LOGIN.emailVerified.name) as EmailVerifiedChoice | null;
    accounts.set(sub, {
      email: form.get(TEST_IDP_LOGIN.email.name) ?? "",
      name: form.get(TEST_IDP_LOGIN.name.name) || undefined,
      ...(verified === "absent" ? {} : { email_verified: verified !== "false" }),
    });
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: sub } },
      { mergeWithLastSubmission: false },
    );
  }

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", issuer);
    const interaction = /^\/interaction\/([^/]+)(\/login)?$/.exec(url.pathname);
    if (url.pathname === "/auth" && req.method === "GET") authorizationRequests.push(url.searchParams);
    if (url.pathname === "/me") userinfoRequests += 1;
    if (url.pathname === "/.well-known/openid-configuration") discoveryRequests += 1;
    if (!interaction) return oidc(req, res);
    const handle = async () => {
      if (interaction[2] && req.method === "POST") return login(req, res);
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === "consent") return consent(req, res, details);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginPage(details.uid));
    };
    handle().catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    });
  });

  return {
    issuer,
    authorizationRequests,
    userinfoRequests: () => userinfoRequests,
    discoveryRequests: () => discoveryRequests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
