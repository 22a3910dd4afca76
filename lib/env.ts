// The one place that reads process.env. Scripts import it too, so no "server-only" here.
import { z } from "zod";

/** Role that owns the database and every table; migrations run as it. */
export const OWNER_ROLE = "evne_owner";
/** Role the application connects as: owns nothing, cannot bypass row-level security. */
export const APP_ROLE = "evne_app";
/** Database created on the embedded server. */
export const DATABASE_NAME = "evne";
/** Password of OWNER_ROLE on the embedded server, which only listens on 127.0.0.1. */
export const EMBEDDED_OWNER_PASSWORD = "evne_owner_dev";

const DEV_APP_DATABASE_PASSWORD = "evne_app_dev";

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
  EMBEDDED_PG_PORT: optional(z.coerce.number().int().min(1024).max(65535)).transform((port) => port ?? 54329),
  EMBEDDED_PG_DIR: optional(z.string()).transform((dir) => dir ?? ".data/postgres"),
  PORT: optional(z.coerce.number().int().min(1).max(65535)).transform((port) => port ?? 3000),
  HOST: optional(z.string()).transform((host) => host ?? "0.0.0.0"),
  /** Public base URL, for absolute links in mail, the sitemap and OpenGraph. */
  APP_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })),
});

export type Env = Omit<z.output<typeof envSchema>, "APP_DATABASE_PASSWORD"> & {
  APP_DATABASE_PASSWORD: string;
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
  return { ...env, APP_DATABASE_PASSWORD: env.APP_DATABASE_PASSWORD ?? DEV_APP_DATABASE_PASSWORD };
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
