// The one error type for expected failures. Domain code throws it; the action pipeline turns it
// into `{ ok: false, code, error, fieldErrors }`, pages into notFound()/redirects, route handlers
// into a status. No "server-only": the codes and message keys are shared with the UI.
import type { AnyTranslationKey } from "@/lib/i18n/keys";

export const appErrorCodes = [
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "INVALID",
  "RATE_LIMITED",
  "UNAUTHENTICATED",
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

/** The HTTP status of each code, for route handlers; the one place that decides it. */
export const appErrorStatus: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID: 422,
  RATE_LIMITED: 429,
  UNAUTHENTICATED: 401,
};

/** Translation key of the general message for a code (locales/<lng>/common.json, errors.codes). */
export function appErrorMessageKey(code: AppErrorCode): `errors.codes.${AppErrorCode}` {
  return `errors.codes.${code}`;
}

/**
 * Field name → translation key of what is wrong with it (e.g. { slug: "orgs.errors.slugTaken" }).
 * Strings: zod schemas carry their keys as messages, which the types cannot follow; the pipeline
 * logs a key it cannot find (lib/actions/pipeline.ts).
 */
export type FieldErrorKeys = Record<string, string>;

export type AppErrorOptions = {
  /** Translation key of a more specific message than the code's general one. */
  messageKey?: AnyTranslationKey;
  /** Values for the message's placeholders. */
  messageValues?: Record<string, string | number>;
  fieldErrors?: FieldErrorKeys;
  cause?: unknown;
};

export class AppError extends Error {
  override name = "AppError";
  readonly code: AppErrorCode;
  readonly messageKey: AnyTranslationKey;
  readonly messageValues: Record<string, string | number>;
  readonly fieldErrors: FieldErrorKeys;

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    // The Error message is for logs only; people read the translated messageKey.
    super(options.messageKey ? `${code}: ${options.messageKey}` : code, { cause: options.cause });
    this.code = code;
    this.messageKey = options.messageKey ?? appErrorMessageKey(code);
    this.messageValues = options.messageValues ?? {};
    this.fieldErrors = options.fieldErrors ?? {};
  }

  get status(): number {
    return appErrorStatus[this.code];
  }

  /** Not found, or not yours: the same answer, so that ids of other organizations reveal nothing. */
  static notFound(options?: AppErrorOptions) {
    return new AppError("NOT_FOUND", options);
  }

  static forbidden(options?: AppErrorOptions) {
    return new AppError("FORBIDDEN", options);
  }

  static conflict(options?: AppErrorOptions) {
    return new AppError("CONFLICT", options);
  }

  static invalid(options?: AppErrorOptions) {
    return new AppError("INVALID", options);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
