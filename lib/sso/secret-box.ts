// Secrets Evne must use again later (an organization's OpenID Connect client secret, the ID token a
// session was signed in with) are kept encrypted at rest: AES-256-GCM under a key derived from
// NEXTAUTH_SECRET and a purpose label, so a database dump alone reveals nothing and a key for one
// purpose opens nothing of another.
import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";

function key(purpose: string, secret: string): Buffer {
  return createHash("sha256").update(`evne ${purpose} key\0${secret}`).digest();
}

/** `iv.tag.ciphertext`, each base64url. */
export function sealSecret(purpose: string, plaintext: string, secret = getEnv().NEXTAUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose, secret), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

/** The plaintext; throws when the ciphertext was altered or sealed under another key. */
export function openSecret(purpose: string, sealed: string, secret = getEnv().NEXTAUTH_SECRET): string {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) throw new Error("not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", key(purpose, secret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

export const SSO_CLIENT_SECRET_PURPOSE = "organization sso client secret";
/** The ID token a session was signed in with, kept for RP-initiated logout (lib/auth/session-origin.ts). */
export const SESSION_ID_TOKEN_PURPOSE = "session id token";
