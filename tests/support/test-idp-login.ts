// The test identity provider's login page (tests/support/oidc-provider.ts): its labels and field
// names, for Playwright and for form posts, without loading oidc-provider itself.

/** How the signing-in account sends `email_verified`: as true, as false, or not at all. */
export type EmailVerifiedChoice = "true" | "false" | "absent";

export const TEST_IDP_LOGIN = {
  title: "Test identity provider",
  email: { label: "Email", name: "email" },
  name: { label: "Name", name: "name" },
  emailVerified: { label: "email_verified", name: "email_verified" },
  subject: { label: "Subject (optional)", name: "sub" },
  submit: "Sign in",
} as const;

/** The provider's sign-out confirmation: oidc-provider's own page (features.rpInitiatedLogout.logoutSource). */
export const TEST_IDP_LOGOUT = {
  question: /^Do you want to sign-out from .+\?$/,
  confirm: "Yes, sign me out",
} as const;
