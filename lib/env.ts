// The one place that reads process.env. Scripts import it too, so no "server-only" here.
import { z } from "./validation/zod";
import { ID_TOKEN_SIGNING_ALGS, type IdTokenSigningAlg } from "./auth/oidc-signing-alg";

/** Role that owns the database and every table; migrations run as it. */
export const OWNER_ROLE = "evne_owner";
/** Role the application connects as: owns nothing, cannot bypass row-level security. */
export const APP_ROLE = "evne_app";
/** Database created on the embedded server. */
export const DATABASE_NAME = "evne";
/** Password of OWNER_ROLE on the embedded server, which only listens on 127.0.0.1. */
export const EMBEDDED_OWNER_PASSWORD = "evne_owner_dev";

const DEV_APP_DATABASE_PASSWORD = "evne_app_dev";
/** Signs next-auth's CSRF and verification tokens in development and tests; never used over HTTPS in production. */
const DEV_NEXTAUTH_SECRET = "evne-development-secret-do-not-use-in-production";
export const DEFAULT_MAIL_FROM = "Evne <no-reply@evne.local>";

// An empty value in a .env file means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  },
  { message: "must be a postgres:// or postgresql:// URL with a host" },
);

const envSchema = z.object({
  NODE_ENV: optional(z.enum(["development", "test", "production"])),
  DATABASE_URL: optional(postgresUrl),
  APP_DATABASE_URL: optional(postgresUrl),
  APP_DATABASE_PASSWORD: optional(z.string().min(8, "must be at least 8 characters")),
  /**
   * A streaming read replica of the database, as the application role (ADR 036). Set: workspace
   * pages, dashboards and exports read from it while it keeps up; unset: everything reads the primary.
   */
  REPLICA_DATABASE_URL: optional(postgresUrl),
  EMBEDDED_PG_PORT: optional(z.coerce.number().int().min(1024).max(65535)).transform((port) => port ?? 54329),
  EMBEDDED_PG_DIR: optional(z.string()).transform((dir) => dir ?? ".data/postgres"),
  PORT: optional(z.coerce.number().int().min(1).max(65535)).transform((port) => port ?? 3000),
  /** Where `npm start` listens: this machine only by default (HOST=0.0.0.0 to serve others, behind TLS). */
  HOST: optional(z.string()).transform((host) => host ?? "127.0.0.1"),
  /** App processes `npm start` runs, sharing the port (ADR 021); default: one per core. */
  APP_PROCESSES: optional(z.coerce.number().int().min(1).max(256)),
  /** Requests each app process works on at once; more wait in its queue (ADR 021; default in scripts/server/admission.ts). */
  APP_MAX_IN_FLIGHT: optional(z.coerce.number().int().min(1).max(10_000)),
  /** Requests each app process lets wait beyond those; the next ones get 503 with Retry-After (ADR 021). */
  APP_MAX_QUEUED: optional(z.coerce.number().int().min(0).max(100_000)),
  /** Reverse proxies in front of the app whose X-Forwarded-For entries count (issue 15); 0: none. */
  TRUSTED_PROXY_HOPS: optional(z.coerce.number().int().min(0).max(10)).transform((hops) => hops ?? 0),
  /** Public base URL, for absolute links in mail, the sitemap and OpenGraph. */
  APP_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })),
  /** Base URL of sign-in links and of next-auth's callbacks; defaults to APP_URL. https gives `__Secure-` cookies. */
  NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })),
  NEXTAUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  /** Mail server, e.g. smtps://user:password@smtp.example.com:465. Unset: mail goes to the outbox. */
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })),
  MAIL_FROM: optional(
    z.string().trim().min(3, "must be an address such as Evne <no-reply@example.com>"),
  ).transform((from) => from ?? DEFAULT_MAIL_FROM),
  /** Generic OpenID Connect single sign-on: all three or none. */
  OIDC_ISSUER: optional(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })),
  OIDC_CLIENT_ID: optional(z.string().trim().min(1)),
  OIDC_CLIENT_SECRET: optional(z.string().min(1)),
  /** The ID token algorithm registered for Evne's client, when the provider offers several; default from discovery. */
  OIDC_ID_TOKEN_SIGNING_ALG: optional(z.enum(ID_TOKEN_SIGNING_ALGS)),
  /** "off": the app does not take the nightly reporting snapshots itself (ADR 014); `npm run snapshots` does. */
  SNAPSHOT_SCHEDULER: optional(z.enum(["on", "off"])).transform((value) => value ?? "on"),
  /** "off": the app runs no job worker itself (ADR 020); `npm run worker` processes do. */
  JOB_WORKER: optional(z.enum(["on", "off"])).transform((value) => value ?? "on"),
  /** "off": workers run queued jobs but not the notification scan; `npm run jobs -- --once` from cron does. */
  JOB_SCHEDULE: optional(z.enum(["on", "off"])).transform((value) => value ?? "on"),
});

const OIDC_VARIABLES = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

export type Env = Omit<z.output<typeof envSchema>, "APP_DATABASE_PASSWORD" | "NEXTAUTH_SECRET"> & {
  APP_DATABASE_PASSWORD: string;
  NEXTAUTH_SECRET: string;
};

export class EnvError extends Error {
  override name = "EnvError";
}

/** Validates an environment (process.env by default); throws an EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
    throw new EnvError(`Invalid environment: ${problems.join("; ")}`);
  }
  const env = result.data;
  if (
    env.NODE_ENV === "production" &&
    env.DATABASE_URL !== undefined &&
    env.APP_DATABASE_URL === undefined &&
    env.APP_DATABASE_PASSWORD === undefined
  ) {
    throw new EnvError(
      "Invalid environment: APP_DATABASE_PASSWORD: required in production when DATABASE_URL is set without APP_DATABASE_URL",
    );
  }
  const setOidc = OIDC_VARIABLES.filter((name) => env[name] !== undefined);
  if (setOidc.length > 0 && setOidc.length < OIDC_VARIABLES.length) {
    const missing = OIDC_VARIABLES.filter((name) => env[name] === undefined);
    throw new EnvError(
      `Invalid environment: ${missing.join(", ")}: required when ${setOidc.join(", ")} is set (single sign-on needs all three)`,
    );
  }
  // A production server reached over HTTPS is a real deployment: no development secret, and no outbox
  // (it would show everyone's sign-in links to anyone). `npm start` and the end-to-end server run
  // production builds over http on this machine and keep both.
  if (env.NODE_ENV === "production" && authUrl(env).startsWith("https://")) {
    const missing = [
      env.NEXTAUTH_SECRET === undefined ? "NEXTAUTH_SECRET" : undefined,
      env.SMTP_URL === undefined ? "SMTP_URL" : undefined,
    ].filter((name) => name !== undefined);
    if (missing.length > 0) {
      throw new EnvError(`Invalid environment: ${missing.join(", ")}: required in production over https`);
    }
  }
  return {
    ...env,
    APP_DATABASE_PASSWORD: env.APP_DATABASE_PASSWORD ?? DEV_APP_DATABASE_PASSWORD,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEV_NEXTAUTH_SECRET,
  };
}

/** Base URL of sign-in links and auth callbacks, without a trailing slash: NEXTAUTH_URL, else APP_URL, else localhost. */
export function authUrl(env: Pick<Env, "NEXTAUTH_URL" | "APP_URL" | "PORT">): string {
  return (env.NEXTAUTH_URL ?? env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Set only when the operator chose one; otherwise discovery decides. */
  idTokenSigningAlg?: IdTokenSigningAlg;
};

/** Single sign-on settings when all three OIDC variables are set, else null. */
export function oidcSettings(
  env: Pick<Env, (typeof OIDC_VARIABLES)[number] | "OIDC_ID_TOKEN_SIGNING_ALG">,
): OidcSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: env.OIDC_ISSUER.replace(/\/+$/, ""),
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    ...(env.OIDC_ID_TOKEN_SIGNING_ALG ? { idTokenSigningAlg: env.OIDC_ID_TOKEN_SIGNING_ALG } : {}),
  };
}

let cached: Env | undefined;

/** process.env, validated once per process. */
export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}

export type DatabaseUrls = {
  /** "embedded": the project's own server on 127.0.0.1:EMBEDDED_PG_PORT; "external": DATABASE_URL. */
  mode: "embedded" | "external";
  /** Owner connection: migrations and scripts only. */
  ownerUrl: string;
  /** Application connection (APP_ROLE): the only one the app uses. */
  appUrl: string;
};

export function withCredentials(url: string, user: string, password: string): string {
  const next = new URL(url);
  next.username = encodeURIComponent(user);
  next.password = encodeURIComponent(password);
  return next.toString();
}

export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(database)}`;
  return next.toString();
}

export function databaseUrls(env: Env = getEnv()): DatabaseUrls {
  const mode = env.DATABASE_URL === undefined ? "embedded" : "external";
  const ownerUrl =
    env.DATABASE_URL ??
    `postgresql://${OWNER_ROLE}:${EMBEDDED_OWNER_PASSWORD}@127.0.0.1:${env.EMBEDDED_PG_PORT}/${DATABASE_NAME}`;
  const appUrl = env.APP_DATABASE_URL ?? withCredentials(ownerUrl, APP_ROLE, env.APP_DATABASE_PASSWORD);
  return { mode, ownerUrl, appUrl };
}
