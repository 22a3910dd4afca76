// The one pipeline every server action goes through:
//   session → workspace from the URL's slug and the person's ACTIVE membership → the permission
//   its use case declares (ADR 038) → zod parse of the FormData/input → handler inside withTenant → after-commit step.
// Actions outside a workspace skip the workspace steps; token actions (a mail's link) skip the
// session too, because the signed token in their input is the authorization.
// Expected failures (AppError) come back as { ok: false, code, error, fieldErrors } in the
// person's language; anything else is a bug and is thrown to the error boundary.
import "server-only";
import type { TFunction } from "i18next";
import { refresh } from "next/cache";
import type { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { noteOwnWrite } from "@/lib/db/read-routing";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import { AppError, isAppError, type FieldErrorKeys } from "@/lib/errors/app-error";
import { getT } from "@/lib/i18n/server";
import type { AnyTranslationKey } from "@/lib/i18n/keys";
import { defaultLanguage, isLanguage, namespaces, type Language } from "@/lib/i18n/settings";
import { resolveWorkspace } from "@/lib/orgs/resolve-workspace";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import type { Permission } from "@/lib/permissions/permissions";
import { requirePermission } from "@/lib/permissions/require-permission";
import type { UseCase } from "@/lib/permissions/use-case";
import type { ActionFailure, ActionResult, ActionState } from "./action-result";
import { echoValues, formDataToObject } from "./form-input";

/** Bound by the page that renders the form: `action.bind(null, { lang, orgSlug })`. Never trusted. */
export type UserScope = { lang: string };
export type WorkspaceScope = { lang: string; orgSlug: string };

export type ActionInput = FormData | Record<string, unknown>;

export type BoundAction<Scope, Result> = (
  scope: Scope,
  previous: ActionState<Result>,
  input: ActionInput,
) => Promise<ActionResult<Result>>;

type Common<Schema extends z.ZodType, Result> = {
  input: Schema;
  /** Translation key of the confirmation announced after success (or a function choosing it). */
  successMessageKey?: AnyTranslationKey | ((result: Result) => AnyTranslationKey);
};

export type UserActionDefinition<Schema extends z.ZodType, Result> = Common<Schema, Result> & {
  handler: (args: { user: SessionUser; input: z.output<Schema>; lang: Language }) => Promise<Result>;
  /** Runs after the handler succeeded (e.g. redirect to what was made). */
  after?: (args: { user: SessionUser; result: Result; lang: Language }) => void | Promise<void>;
};

export type TokenActionDefinition<Schema extends z.ZodType, Result> = Common<Schema, Result> & {
  /** Must verify the token in the input and refuse (AppError) when it does not verify. */
  handler: (args: { input: z.output<Schema>; lang: Language }) => Promise<Result>;
};

export type WorkspaceActionDefinition<Schema extends z.ZodType, Result> = Common<Schema, Result> & {
  /**
   * The use case the handler runs: its declared permission gates the action (ADR 038), so the
   * action never names a permission of its own that could drift from the use case's.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any use case: only its permission is read
  useCase: UseCase<any, unknown>;
  /** Runs inside the organization's transaction: everything it writes commits or rolls back together. */
  handler: (args: {
    tx: TenantTx;
    ctx: WorkspaceContext;
    input: z.output<Schema>;
    lang: Language;
  }) => Promise<Result>;
  /** Runs after the transaction committed; by default the page refreshes to show the change. */
  after?: (args: { ctx: WorkspaceContext; result: Result; lang: Language }) => void | Promise<void>;
};

/** An action for a signed-in person outside any workspace (e.g. creating an organization). */
export function userAction<Schema extends z.ZodType, Result>(
  definition: UserActionDefinition<Schema, Result>,
): BoundAction<UserScope, Result> {
  return async function runUserAction(scope, _previous, rawInput) {
    const lang = scopeLanguage(scope);
    const input = toObject(rawInput);
    let done: { user: SessionUser; result: Result };
    try {
      const user = await requireUser();
      const parsed = parseInput(definition.input, input);
      done = { user, result: await definition.handler({ user, input: parsed, lang }) };
    } catch (error) {
      return failureOrThrow(error, lang, input);
    }
    // With a read replica, the person's next pages read the primary, which has this write (ADR 036).
    await noteOwnWrite();
    await definition.after?.({ ...done, lang });
    return success(done.result, lang, definition.successMessageKey);
  };
}

/**
 * An action anyone may run, signed in or not, because its input carries a signed token that says
 * what it may do (the unsubscribe page's button: the token names one person and one kind of mail).
 * The session is never read: the answer is the same for whoever holds the token.
 */
export function tokenAction<Schema extends z.ZodType, Result>(
  definition: TokenActionDefinition<Schema, Result>,
): BoundAction<UserScope, Result> {
  return async function runTokenAction(scope, _previous, rawInput) {
    const lang = scopeLanguage(scope);
    const input = toObject(rawInput);
    let result: Result;
    try {
      result = await definition.handler({ input: parseInput(definition.input, input), lang });
    } catch (error) {
      return failureOrThrow(error, lang, input);
    }
    await noteOwnWrite();
    return success(result, lang, definition.successMessageKey);
  };
}

/**
 * An action in the organization named by the URL's slug, for members whose role has the permission
 * its use case declares.
 */
export function workspaceAction<Schema extends z.ZodType, Result>(
  definition: WorkspaceActionDefinition<Schema, Result>,
): BoundAction<WorkspaceScope, Result> {
  const { permission } = definition.useCase;
  const action: BoundAction<WorkspaceScope, Result> = async function runWorkspaceAction(
    scope,
    _previous,
    rawInput,
  ) {
    const lang = scopeLanguage(scope);
    const input = toObject(rawInput);
    let done: { ctx: WorkspaceContext; result: Result };
    try {
      const user = await requireUser();
      const orgSlug = typeof scope?.orgSlug === "string" ? scope.orgSlug : "";
      const ctx = await resolveWorkspace({ userId: user.id, orgSlug });
      // Before parsing: someone without the permission learns nothing about what the input should be.
      requirePermission(ctx, permission);
      const parsed = parseInput(definition.input, input);
      const result = await withTenant(ctx, (tx) => definition.handler({ tx, ctx, input: parsed, lang }));
      done = { ctx, result };
    } catch (error) {
      return failureOrThrow(error, lang, input);
    }
    // Before `after`, which may redirect (a thrown signal) to a page that must show this write.
    await noteOwnWrite();
    if (definition.after) await definition.after({ ...done, lang });
    else refresh();
    return success(done.result, lang, definition.successMessageKey);
  };
  declaredPermissions.set(action, permission);
  return action;
}

// The permission each workspace action checks, for the authorization matrix to compare with its
// expected answers. Kept beside the function, not on it: a "use server" export stays a plain function.
const declaredPermissions = new WeakMap<object, Permission>();

/** The permission a workspace action requires (its use case's); undefined for any other action. */
export function actionPermission(action: object): Permission | undefined {
  return declaredPermissions.get(action);
}

/**
 * For an exported action that only hands its call on to a workspace action (the copy page's form,
 * which carries the organization in its input): it requires what that action requires.
 */
export function requiresSameAs(wrapper: object, action: object): void {
  const permission = declaredPermissions.get(action);
  if (!permission) throw new Error("requiresSameAs: the action it hands on to is not a workspace action");
  declaredPermissions.set(wrapper, permission);
}

function scopeLanguage(scope: unknown): Language {
  const lang = (scope as { lang?: unknown } | null)?.lang;
  return isLanguage(lang) ? lang : defaultLanguage;
}

function toObject(input: ActionInput): Record<string, unknown> {
  if (input instanceof FormData) return formDataToObject(input);
  return input !== null && typeof input === "object" ? input : {};
}

async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}

/** zod's verdict on an input: the parsed value, or AppError INVALID naming each field's first problem. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: FieldErrorKeys = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    // Schemas use translation keys as messages; the first problem of each field is shown.
    fieldErrors[field] ??= issue.message;
  }
  throw AppError.invalid({ fieldErrors });
}

function failureOrThrow(error: unknown, lang: Language, input: Record<string, unknown>): ActionFailure {
  if (!isAppError(error)) throw error;
  return actionFailure(error, lang, input);
}

/**
 * An expected failure as the person reads it. Also for route handlers that answer like an action
 * (the image upload, which sends a file larger than an action's body may be).
 */
export function actionFailure(
  error: AppError,
  lang: Language,
  input: Record<string, unknown> = {},
): ActionFailure {
  const t = getT(lang, namespaces);
  return {
    ok: false,
    code: error.code,
    error: t(error.messageKey, error.messageValues),
    fieldErrors: Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, key]) => [
        field,
        translateFieldError(t, key, error.messageValues),
      ]),
    ),
    values: echoValues(input),
  };
}

/** A schema's message key in the person's language; zod's own English messages never reach them. */
function translateFieldError(
  t: TFunction<typeof namespaces>,
  key: string,
  values: Record<string, string | number>,
): string {
  // Schema messages are plain strings to the compiler; lib/i18n/schema-message-keys.test.ts checks
  // them in the source. One that still slips through is a defect: logged, and a general message.
  const text = t(key as AnyTranslationKey, { ...values, defaultValue: "" });
  if (typeof text === "string" && text !== "") return text;
  console.error(`No translation for the form error key "${key}"; showing errors.fields.invalid.`);
  return t("errors.fields.invalid");
}

function success<Result>(
  data: Result,
  lang: Language,
  messageKey: Common<z.ZodType, Result>["successMessageKey"],
): ActionResult<Result> {
  const key = typeof messageKey === "function" ? messageKey(data) : messageKey;
  return key ? { ok: true, data, message: getT(lang, namespaces)(key) } : { ok: true, data };
}
