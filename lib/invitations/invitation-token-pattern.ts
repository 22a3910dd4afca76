// The shape of an invitation token, apart from invitation-token.ts: the invite form's input schema
// needs it in the browser, and importing node:crypto there pulls a 450 KB crypto polyfill into the
// page whose helpers probe `Function(...)`, a CSP violation on every visit (ADR 010).

/** base64url of 32 bytes: 43 characters. Anything else in the accept URL is not a token of ours. */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
