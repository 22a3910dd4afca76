// Translation keys as types (ADR 034): checked against the nb resources, so a mistyped or missing
// key fails `npm run typecheck` instead of showing the key, or a fallback, to people.
import type { ParseKeys } from "i18next";
import type { namespaces } from "./settings";

/** A key of one namespace, as `t` of that namespace takes it. */
export type TranslationKey<N extends (typeof namespaces)[number] = "common"> = ParseKeys<N>;

/** A key of any namespace: common's plain, the others' written "ns:key" (error messages, say). */
export type AnyTranslationKey = ParseKeys<typeof namespaces>;
