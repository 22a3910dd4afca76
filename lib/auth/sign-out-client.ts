// Signing out from the browser as next-auth/react's signOut does (CSRF token, then the sign-out
// POST, then wherever next-auth answers: home, or the identity provider's logout, ADR 019), without
// shipping next-auth's client to every signed-in page: the header's button is on all of them
// (issue 17, page weight).
export async function signOutAndLeave(callbackUrl: string): Promise<void> {
  const csrf = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken?: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken ?? "", callbackUrl, json: "true" }),
  });
  const data = (await response.json().catch(() => ({}))) as { url?: string };
  const url = data.url ?? callbackUrl;
  window.location.href = url;
  if (url.includes("#")) window.location.reload();
}
