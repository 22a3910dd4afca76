import { describe, expect, it } from "vitest";
import { databaseUrls, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("has defaults for everything the database needs", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ EMBEDDED_PG_PORT: 54329, EMBEDDED_PG_DIR: ".data/postgres" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.APP_DATABASE_PASSWORD.length).toBeGreaterThanOrEqual(8);
  });

  it("names the variable that is malformed", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x@y/z" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ APP_DATABASE_URL: "not a url" })).toThrow(/APP_DATABASE_URL/);
    expect(() => parseEnv({ EMBEDDED_PG_PORT: "eighty" })).toThrow(/EMBEDDED_PG_PORT/);
    expect(() => parseEnv({ APP_DATABASE_PASSWORD: "short" })).toThrow(/APP_DATABASE_PASSWORD/);
  });

  it("names the variable that is missing in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://o:p@db:5432/evne" })).toThrow(
      /APP_DATABASE_PASSWORD/,
    );
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", EMBEDDED_PG_PORT: "" })).toMatchObject({
      DATABASE_URL: undefined,
      EMBEDDED_PG_PORT: 54329,
    });
  });
});

describe("databaseUrls", () => {
  it("points at the embedded server without DATABASE_URL", () => {
    const urls = databaseUrls(parseEnv({ EMBEDDED_PG_PORT: "6000", APP_DATABASE_PASSWORD: "app-secret" }));
    expect(urls.mode).toBe("embedded");
    expect(urls.ownerUrl).toMatch(/^postgresql:\/\/evne_owner:[^@]+@127\.0\.0\.1:6000\/evne$/);
    expect(urls.appUrl).toBe("postgresql://evne_app:app-secret@127.0.0.1:6000/evne");
  });

  it("derives the application URL from DATABASE_URL, keeping host, database and options", () => {
    const urls = databaseUrls(
      parseEnv({
        DATABASE_URL: "postgresql://admin:s3cret@db.example:5433/evne?sslmode=require",
        APP_DATABASE_PASSWORD: "p@ss/word",
      }),
    );
    expect(urls).toEqual({
      mode: "external",
      ownerUrl: "postgresql://admin:s3cret@db.example:5433/evne?sslmode=require",
      appUrl: "postgresql://evne_app:p%40ss%2Fword@db.example:5433/evne?sslmode=require",
    });
  });

  it("prefers APP_DATABASE_URL", () => {
    const urls = databaseUrls(
      parseEnv({
        DATABASE_URL: "postgresql://admin:x@db:5432/evne",
        APP_DATABASE_URL: "postgresql://app:y@pooler:6432/evne",
      }),
    );
    expect(urls.appUrl).toBe("postgresql://app:y@pooler:6432/evne");
  });
});
