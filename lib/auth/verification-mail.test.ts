import { describe, expect, it } from "vitest";
import { signInMail } from "./verification-mail";

const url =
  "http://localhost:3000/api/auth/callback/email?callbackUrl=%2Fnb&token=t0k3n&email=kari%40firma.no";

describe("signInMail", () => {
  it("is written in the page's language", () => {
    expect(signInMail({ to: "kari@firma.no", url, lang: "nb" }).subject).toBe("Logg inn på Evne");
    expect(signInMail({ to: "kari@firma.no", url, lang: "en" }).subject).toBe("Sign in to Evne");
    expect(signInMail({ to: "kari@firma.no", url, lang: "nl" }).subject).toBe("Inloggen bij Evne");
  });

  it("carries the link in the text and the HTML, and names the address", () => {
    const mail = signInMail({ to: "kari@firma.no", url, lang: "en" });
    expect(mail.to).toBe("kari@firma.no");
    expect(mail.text).toContain(url);
    expect(mail.text).toContain("kari@firma.no");
    expect(mail.html).toContain(`href="${url.replaceAll("&", "&amp;")}"`);
    expect(mail.html).toContain('<html lang="en">');
  });

  it("escapes what it puts into HTML", () => {
    const mail = signInMail({ to: "<b>x</b>@firma.no", url: 'http://x/"><script>', lang: "nb" });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>x</b>");
  });
});
