// next-auth's default logger prints whatever it is handed: openid-client's errors carry the ID token
// (`jwt`) and token responses as properties, and profile errors the person's claims. Evne logs the
// code, the error's stack (its message included) and the provider's error description, nothing else.
import type { LoggerInstance } from "next-auth";

function describe(metadata: unknown): string {
  const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : "";
  const description = (metadata as { error_description?: unknown } | undefined)?.error_description;
  return typeof description === "string" && description !== "" ? `${detail} (${description})` : detail;
}

export const authLogger: Partial<LoggerInstance> = {
  error(code, metadata) {
    console.error(`[next-auth][error][${code}] ${describe(metadata)}`);
  },
};
