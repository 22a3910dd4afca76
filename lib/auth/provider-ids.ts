/** next-auth provider ids, shared by the server configuration and the sign-in buttons. */
export const EMAIL_PROVIDER_ID = "email";
export const OIDC_PROVIDER_ID = "oidc";
