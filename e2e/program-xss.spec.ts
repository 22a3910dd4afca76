// XSS payloads saved through the program editor (statement text, resource title and Markdown body)
// must never run: no dialog opens, the rendered editor and Markdown preview hold no script,
// event-handler attribute or javascript:/data: URL, and what HR typed is shown back as text.
import type { Page } from "@playwright/test";
import nbPrograms from "@/locales/nb/programs.json";
import { expect, test } from "./support/login";
import { fill, unique } from "./support/people";
import { copyIntoNewOrganization } from "./support/programs";
import { screenshot } from "./support/screenshot";

const t = nbPrograms;

/** Each one would open a dialog or set window.__xss if it ran. */
const payloads = [
  "<script>alert(1)</script>",
  "<script>window.__xss=1</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<script>/*</script><script>*/alert(2)</script>",
  '<img src=x onerror="alert(3)">',
  "<img src=x onerror=window.__xss=1>",
  "<IMG SRC=javascript:alert(4)>",
  '<img src="jav&#x09;ascript:alert(5)">',
  "<svg onload=alert(6)>",
  "<svg><script>alert(7)</script></svg>",
  '<svg><a xlink:href="javascript:alert(8)"><text x="20" y="20">x</text></a></svg>',
  "<svg><animate onbegin=alert(9) attributeName=x dur=1s>",
  "<body onload=alert(10)>",
  "<iframe src=javascript:alert(11)></iframe>",
  '<iframe srcdoc="<script>alert(12)</script>"></iframe>',
  '<iframe srcdoc="&lt;img src=x onerror=alert(13)&gt;"></iframe>',
  "<object data=javascript:alert(14)></object>",
  "<embed src=javascript:alert(15)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(16)></style></mglyph></table></mtext></math>",
  '<math href="javascript:alert(17)">CLICK</math>',
  "<details open ontoggle=alert(18)>",
  "<input autofocus onfocus=alert(19)>",
  "<select autofocus onfocus=alert(20)></select>",
  "<video><source onerror=alert(21)></video>",
  "<audio src=x onerror=alert(22)>",
  "<marquee onstart=alert(23)>x</marquee>",
  '<a href="javascript:alert(24)">click</a>',
  '<div style="background:url(javascript:alert(25))">x</div>',
  "<form action=javascript:alert(26)><button>go</button></form>",
  "<button formaction=javascript:alert(27)>go</button>",
  '<meta http-equiv="refresh" content="0;url=javascript:alert(28)">',
  '<base href="javascript:alert(29)//">',
  '<link rel=import href="data:text/html,<script>alert(30)</script>">',
  "[md-js](javascript:alert(31))",
  "[md-js-upper](JAVASCRIPT:alert(32))",
  "[md-js-space]( javascript:alert(33))",
  "[md-entity](&#106;avascript:alert(34))",
  "[md-hex-entity](&#x6A;avascript:alert(35))",
  "[md-tab](jav&#x09;ascript:alert(36))",
  "[md-newline](jav&#x0A;ascript:alert(37))",
  "[md-data](data:text/html;base64,PHNjcmlwdD5hbGVydCgzOCk8L3NjcmlwdD4=)",
  "[md-vbs](vbscript:msgbox(39))",
  "[md-encoded](javascript%3Aalert(40))",
  "![md-img](javascript:alert(41))",
  '![md-img-onerror](x" onerror="alert(42))',
  "[md-ref][r1]\n\n[r1]: javascript:alert(43)",
  "<javascript:alert(44)>",
  '[md-title](https://example.org "x\\" onmouseover=alert(45) ")',
  "{{constructor.constructor('alert(46)')()}}",
  "${alert(47)}",
  "<%= alert(48) %>",
  '"><script>alert(49)</script>',
  "'><img src=x onerror=alert(50)>",
  "</textarea><script>alert(51)</script>",
  "</title><script>alert(52)</script>",
  '<noscript><p title="</noscript><img src=x onerror=alert(53)>">',
  "<style>@import 'javascript:alert(54)';</style>",
  "<x onclick=alert(55)>click me</x>",
  '<a href="&#1;javascript:alert(56)">x</a>',
  "<img src=`x` onerror=alert(57)>",
  "<svg/onload=alert(58)>",
  "<scr<script>ipt>alert(59)</scr</script>ipt>",
];

/** What must not be in the rendered content, anywhere under <main>. */
async function dangerousMarkup(page: Page) {
  return page.locator("main").evaluate((main) => {
    const found: string[] = [];
    const unsafeUrl = /^\s*(javascript|data|vbscript):/i;
    for (const element of [main, ...main.querySelectorAll("*")]) {
      const tag = element.tagName.toLowerCase();
      if (["script", "iframe", "object", "embed", "base", "meta", "link", "style", "math"].includes(tag))
        found.push(`<${tag}>`);
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith("on")) found.push(`${tag}[${name}]`);
        if (name === "srcdoc") found.push(`${tag}[srcdoc]`);
        if (["href", "src", "action", "formaction", "xlink:href", "data", "poster"].includes(name)) {
          // The URL as the browser would follow it, with entities and control characters undone.
          const value = attribute.value.replace(/[\u0000-\u0020]/g, "");
          if (unsafeUrl.test(value)) found.push(`${tag}[${name}=${attribute.value}]`);
        }
      }
    }
    return found;
  });
}

/**
 * Packs payloads, joined by a space, into texts of at most `max` characters: a few saves carry
 * the tag, handler and URL families into the plain-text fields (the Markdown body takes them all).
 */
function chunks(max: number, count: number): string[] {
  const result: string[] = [];
  let current = "";
  for (const payload of payloads) {
    const single = payload.replace(/\n+/g, " ");
    if (single.length > max) continue;
    if (current && current.length + 1 + single.length > max) {
      result.push(current);
      current = "";
    }
    current = current ? `${current} ${single}` : single;
  }
  if (current) result.push(current);
  // Spread over the list, so each family (tags, handlers, Markdown links, templates) is included.
  const step = Math.max(1, Math.floor(result.length / count));
  return result.filter((_, index) => index % step === 0).slice(0, count);
}

test("XSS payloads saved through the editor never run and are shown as text", async ({
  page,
  login,
}, testInfo) => {
  test.setTimeout(300_000);
  expect(payloads.length).toBeGreaterThanOrEqual(50);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await login({ name: `Kari ${unique()}`, language: "nb" });
  await copyIntoNewOrganization(page, "nb", `XSS ${unique()}`);
  const expectSafe = async (where: string) => {
    expect(await dangerousMarkup(page), where).toEqual([]);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), where).toBeUndefined();
    expect(dialogs, where).toEqual([]);
  };

  const statement = page
    .getByRole("region", { name: t.editor.canHeading, exact: true })
    .locator(":scope > ol > li")
    .filter({ hasText: "Jeg kan prosessere avvisning" });
  const openStatement = async () => {
    if ((await statement.locator("details").first().getAttribute("open")) === null)
      await statement.locator("summary").first().click();
  };
  const resource = statement.getByRole("listitem").first();
  const openResource = async () => {
    await openStatement();
    if ((await resource.locator("details").getAttribute("open")) === null)
      await resource.locator("summary").click();
  };

  // Every payload in one Markdown body: saved, previewed, then read back after a reload.
  const body = payloads.join("\n\n");
  await openResource();
  await resource.getByRole("textbox", { name: t.editor.fields.resourceBody, exact: true }).fill(body);
  await resource.getByRole("button", { name: t.editor.showPreview }).click();
  const preview = resource.getByRole("region", { name: t.editor.preview });
  await expect(preview).toContainText("md-js");
  await expectSafe("preview before saving");
  await resource.getByRole("button", { name: t.editor.saveResource }).click();
  await expect(resource.getByRole("status").first()).toHaveText(t.editor.saved);
  await page.reload();
  await openResource();
  await expect(
    resource.getByRole("textbox", { name: t.editor.fields.resourceBody, exact: true }),
  ).toHaveValue(body);
  await resource.getByRole("button", { name: t.editor.showPreview }).click();
  // Markdown text and link texts read as text; raw HTML is left out, never rendered.
  for (const text of [
    "md-js",
    "md-entity",
    "md-tab",
    "md-data",
    "{{constructor.constructor('alert(46)')()}}",
    "${alert(47)}",
  ])
    await expect(preview).toContainText(text);
  await expectSafe("preview of the saved body");
  await screenshot(page, testInfo, "xss-resource-preview-nb");

  // Resource titles and statement texts: plain text wherever they are shown.
  let statementText = "Jeg kan prosessere avvisning";
  let resourceTitle = "";
  for (const [index, title] of chunks(150, 3).entries()) {
    resourceTitle = title;
    await openResource();
    await resource.getByRole("textbox", { name: t.editor.fields.resourceTitle, exact: true }).fill(title);
    await resource.getByRole("button", { name: t.editor.saveResource }).click();
    // The summary changes only once the save is stored and the page refreshed.
    await expect(resource.locator("summary")).toContainText(title, { timeout: 20_000 });
    await expect(resource.getByRole("status").first()).toHaveText(t.editor.saved);
    await expect(resource.getByRole("region", { name: t.editor.preview })).toContainText(title);
    await expectSafe(`resource title ${index}`);
  }
  // The statement keeps its name in front (the page finds it by that), the payloads follow it.
  for (const [index, text] of chunks(200 - "Jeg kan prosessere avvisning ".length, 3).entries()) {
    const next = `Jeg kan prosessere avvisning ${text}`;
    await openStatement();
    const field = statement.getByRole("textbox", { name: t.editor.fields.statement, exact: true });
    await field.fill(next);
    await statement.getByRole("button", { name: t.editor.saveStatement }).click();
    await expect(statement.locator("summary").first()).toContainText(next, { timeout: 20_000 });
    await expect(statement.getByRole("status").first()).toHaveText(t.editor.saved);
    statementText = next;
    await expectSafe(`statement text ${index}`);
  }
  // Everything again from a fresh page load, server-rendered.
  await page.reload();
  await expect(statement.locator("summary").first()).toContainText(statementText);
  await openResource();
  await expectSafe("after reload");
  await screenshot(page, testInfo, "xss-editor-nb");
  // The resource's delete dialog names the title as text too.
  await resource.getByRole("button", { name: fill(t.structure.deleteName, { name: resourceTitle }) }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(
    await page
      .getByRole("dialog")
      .evaluate((dialog) => dialog.querySelectorAll("script, img, iframe, svg:not([aria-hidden])").length),
  ).toBe(0);
  expect(dialogs).toEqual([]);
});
