// The one layout of Evne's mails: paragraphs before a single call to action, paragraphs after, and
// a signature; as plain text and as HTML with every value escaped (names and organization names
// are user input). Callers translate; this file only lays out.
import type { Language } from "@/lib/i18n/settings";

export type MailLayout = {
  lang: Language;
  /** Paragraphs above the button (greeting, what this is about); null entries are left out. */
  before: (string | null)[];
  action: { label: string; url: string };
  /** Paragraphs below the button (expiry, "ignore this if…"). */
  after: (string | null)[];
  signature: string;
  /** A small line under the signature with one link, e.g. how to turn this kind of mail off. */
  footer?: { text: string; link: { label: string; url: string } };
};

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export function renderMail(layout: MailLayout): { text: string; html: string } {
  const before = layout.before.filter((line): line is string => line !== null);
  const after = layout.after.filter((line): line is string => line !== null);
  const text = [
    before[0] ?? "",
    "",
    ...before.slice(1),
    "",
    `${layout.action.label}: ${layout.action.url}`,
    "",
    ...after,
    "",
    layout.signature,
    ...(layout.footer
      ? ["", "-- ", `${layout.footer.text} ${layout.footer.link.label}: ${layout.footer.link.url}`]
      : []),
  ].join("\n");
  const p = (content: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(content)}</p>`;
  const html = `<!doctype html>
<html lang="${layout.lang}"><body style="margin:0;padding:24px;background:#fafaf9;color:#1c1917;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif">
<div style="max-width:32rem;margin:0 auto;padding:24px;background:#ffffff;border:1px solid #e7e5e4;border-radius:16px">
${before.map(p).join("\n")}
<p style="margin:24px 0"><a href="${escapeHtml(layout.action.url)}" style="display:inline-block;padding:12px 24px;background:#196253;color:#ffffff;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(layout.action.label)}</a></p>
${after.map(p).join("\n")}
${p(layout.signature)}
</div>${
    layout.footer
      ? `\n<p style="max-width:32rem;margin:16px auto 0;font-size:13px;line-height:1.5;color:#57534e">${escapeHtml(layout.footer.text)} <a href="${escapeHtml(layout.footer.link.url)}" style="color:#57534e">${escapeHtml(layout.footer.link.label)}</a></p>`
      : ""
  }</body></html>`;
  return { text, html };
}
