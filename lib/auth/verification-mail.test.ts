import { describe, expect, it } from "vitest";
import { signInMail } from "./verification-mail";

const url =
  "http://localhost:3000/nb/sign-in/confirm?token=0123456789abcdef&email=kari%40firma.no&callbackUrl=%2Fnb";
const code = "042917";

describe("signInMail", () => {
  it("is written in the page's language", () => {
    expect(signInMail({ to: "kari@firma.no", url, code, lang: "nb" }).subject).toBe("Logg inn på Evne");
    expect(signInMail({ to: "kari@firma.no", url, code, lang: "en" }).subject).toBe("Sign in to Evne");
    expect(signInMail({ to: "kari@firma.no", url, code, lang: "nl" }).subject).toBe("Inloggen bij Evne");
  });

  it("carries the link and the code in the text and the HTML, names the address and says how long", () => {
    const mail = signInMail({ to: "kari@firma.no", url, code, lang: "en" });
    expect(mail.to).toBe("kari@firma.no");
    expect(mail.text).toContain(url);
    expect(mail.text).toContain("kari@firma.no");
    expect(mail.text).toContain("042 917");
    expect(mail.text).toContain("15 minutes");
    expect(mail.html).toContain(`href="${url.replaceAll("&", "&amp;")}"`);
    expect(mail.html).toContain("042 917");
    expect(mail.html).toContain('<html lang="en">');
  });

  it("escapes what it puts into HTML", () => {
    const mail = signInMail({ to: "<b>x</b>@firma.no", url: 'http://x/"><script>', code, lang: "nb" });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>x</b>");
  });
});
