import { describe, expect, it } from "vitest";
import { renderMail } from "./render-mail";

const layout = {
  lang: "en" as const,
  before: ["Hello,", 'Ada <script>alert(1)</script> invited you to "R&D".', null, "Role: employee"],
  action: { label: "Accept", url: 'https://evne.example/en/invitations/abc?x=1&y="2"' },
  after: ["The link works for 7 days.", null],
  signature: "— Evne",
};

describe("renderMail", () => {
  it("lays out the text version: greeting, body, the link on its own line, then the rest", () => {
    expect(renderMail(layout).text).toBe(
      [
        "Hello,",
        "",
        'Ada <script>alert(1)</script> invited you to "R&D".',
        "Role: employee",
        "",
        'Accept: https://evne.example/en/invitations/abc?x=1&y="2"',
        "",
        "The link works for 7 days.",
        "",
        "— Evne",
      ].join("\n"),
    );
  });

  it("escapes every value in the HTML version and leaves out empty paragraphs", () => {
    const { html } = renderMail(layout);
    expect(html).toContain("Ada &lt;script&gt;alert(1)&lt;/script&gt; invited you to &quot;R&amp;D&quot;.");
    expect(html).not.toContain("<script>");
    expect(html).toContain('href="https://evne.example/en/invitations/abc?x=1&amp;y=&quot;2&quot;"');
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<p style="margin:0 0 16px/g)).toHaveLength(5);
  });
});
