// Images in resources (issue 21, item 3): HR uploads one into a resource of its own program, with
// alt text, after the upload refused a file without alt text and an SVG named .png; the image goes
// into the Markdown where the cursor is, shows in the preview, and after publishing the learner
// sees it on the resource page, loaded and sized. Copy comes from the locale files.
import sharp from "sharp";
import enPrograms from "@/locales/en/programs.json";
import nbPrograms from "@/locales/nb/programs.json";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { expect, test } from "./support/login";
import { createOrganization } from "./support/organizations";
import { actAs, addMember, fill, unique } from "./support/people";
import { screenshot } from "./support/screenshot";

const t = nbPrograms;
/** A message as a pattern for an accessible description, which also holds the field's hint. */
const quoted = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/**
 * A bar chart, 2000 × 1000: wider than the 1600 pixels an image is scaled down to. Drawn from
 * plain rectangles, not SVG: the app's image module blocks every loader but the raster formats it
 * accepts (lib/images/process-image.ts), for this whole process once another spec has loaded it.
 */
const chart = () => {
  const bar = (left: number, top: number, colour: string) => ({
    input: { create: { width: 300, height: 900 - top, channels: 3 as const, background: colour } },
    left,
    top,
  });
  return sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#f5f5f4" } })
    .composite([
      bar(200, 600, "#0f766e"),
      bar(650, 400, "#0f766e"),
      bar(1100, 250, "#b45309"),
      bar(1550, 100, "#b91c1c"),
    ])
    .png()
    .toBuffer();
};

test("HR uploads an image with alt text into a resource of its own program; the learner sees it", async ({
  page,
  context,
  baseURL,
  login,
}, testInfo) => {
  test.setTimeout(240_000);
  const hr = await login({ name: `Ida ${unique()}`, language: "nb" });
  const orgName = `Bildelab ${unique()}`;
  const slug = await createOrganization(page, orgName, "nb");
  const programsPath = `/nb/o/${slug}/programs`;

  // An own program with one statement and one resource, as in e2e/own-program.spec.ts.
  await page.goto(`${programsPath}/new`);
  const programTitle = `Konflikttrappen ${unique()}`;
  await page.getByRole("textbox", { name: t.create.title, exact: true }).fill(programTitle);
  await page.getByRole("button", { name: t.create.submit }).click();
  await expect(page).toHaveURL(new RegExp(`${programsPath}/[0-9a-f-]{36}\\?created=1$`));
  const programId = new URL(page.url()).pathname.split("/").at(-1)!;
  const editorPath = `${programsPath}/${programId}`;
  const addSection = page.getByRole("region", { name: t.structure.addStatementTitle });
  const know = `Jeg kjenner trinnene i en konflikt ${unique()}`;
  await addSection.getByLabel(t.structure.newStatementNb).fill(know);
  await addSection.getByRole("radio", { name: t.kind.know }).check();
  await addSection.getByRole("button", { name: t.structure.addStatement }).click();
  await expect(addSection.getByRole("status")).toHaveText(t.structure.statementAdded);
  const statement = page.getByRole("listitem").filter({ hasText: know }).first();
  await statement.locator("summary").first().click();
  await statement.getByText(t.structure.addResourceTitle).click();
  const resourceTitle = `Trappen i bilder ${unique()}`;
  await statement.getByLabel(t.structure.newResourceTitleNb).fill(resourceTitle);
  await statement.getByLabel(t.structure.newResourceBodyNb).fill("Først dette.\n\nTil slutt dette.");
  await statement.getByRole("button", { name: t.structure.addResource }).click();
  await expect(statement.getByRole("status").filter({ hasText: t.structure.resourceAdded })).toBeVisible();

  // The resource's editor: its image upload.
  const resource = statement.getByRole("listitem").filter({ hasText: resourceTitle });
  await resource.locator("summary").click();
  const images = resource.getByRole("region", { name: t.images.title });
  const file = images.getByLabel(t.images.file);
  const alt = images.getByRole("textbox", { name: t.images.alt });
  const upload = images.getByRole("button", { name: t.images.upload });

  // Alt text is required; an SVG is refused by its content, whatever it is called.
  await file.setInputFiles({ name: "trappen.png", mimeType: "image/png", buffer: await chart() });
  await upload.click();
  await expect(alt).toHaveAccessibleDescription(quoted(t.images.errors.altMissing));
  await file.setInputFiles({
    name: "trappen.png",
    mimeType: "image/png",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  const altText = "Søylediagram: fire trinn som blir høyere og rødere";
  await alt.fill(altText);
  await upload.click();
  await expect(file).toHaveAccessibleDescription(quoted(t.images.errors.svg));
  await expect(images.getByRole("alert")).toHaveText(t.images.errors.svg);

  // The chart, inserted between the two paragraphs where the cursor is.
  const body = resource.getByRole("textbox", { name: t.editor.fields.resourceBody, exact: true });
  await body.click();
  await body.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(13, 13));
  await file.setInputFiles({ name: "trappen.png", mimeType: "image/png", buffer: await chart() });
  await upload.click();
  await expect(images.getByRole("status")).toHaveText(t.images.uploaded);
  const text = await body.inputValue();
  expect(text).toMatch(
    new RegExp(
      `^Først dette\\.\\n\\n!\\[${altText}\\]\\(/o/${slug}/images/[0-9a-f-]{36}\\)\\n\\nTil slutt dette\\.$`,
    ),
  );
  await expect(alt).toHaveValue("");

  // The preview shows it, and so does the saved resource.
  await resource.getByRole("button", { name: t.editor.showPreview }).click();
  const preview = resource
    .getByRole("region", { name: t.editor.preview })
    .getByRole("img", { name: altText });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1600);
  await resource.getByRole("button", { name: t.editor.saveResource }).click();
  await expect(resource.getByRole("status").filter({ hasText: t.editor.saved })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "resource-images-editor-nb");

  // Another site's image is refused on save, naming its line.
  await body.fill(`${text}\n\n![Logo](https://example.com/logo.png)`);
  await resource.getByRole("button", { name: t.editor.saveResource }).click();
  await expect(body).toHaveAccessibleDescription(quoted(fill(t.images.errors.notOurs, { line: 7 })));
  await body.fill(text);

  // Published and assigned to everyone.
  await page.getByRole("button", { name: t.status.publish }).click();
  await expect(page.getByRole("status").filter({ hasText: t.status.publishedNow })).toBeVisible();
  await page.goto(`${editorPath}/assignments`);
  await page.getByRole("radio", { name: fill(t.assign.everyone, { org: orgName }) }).check();
  await page.getByRole("button", { name: t.assign.submit, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: t.assign.assigned })).toBeVisible();

  // The editor in English and on a phone.
  const en = enPrograms;
  await page.goto(`/en/o/${slug}/programs/${programId}`);
  const enStatement = page.getByRole("listitem").filter({ hasText: know }).first();
  await enStatement.locator("summary").first().click();
  const enResource = enStatement.getByRole("listitem").filter({ hasText: resourceTitle });
  await enResource.locator("summary").first().click();
  // No English text yet: the Norwegian one, with its image, is shown to translate from.
  await enResource.getByText(en.translation.showOriginal).click();
  await expect(enResource.getByRole("img", { name: altText })).toBeVisible();
  await expect(enResource.getByRole("region", { name: en.images.title })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "resource-images-editor-en");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, testInfo, "resource-images-editor-en-phone");
  await page.goto(editorPath);
  const nbStatement = page.getByRole("listitem").filter({ hasText: know }).first();
  await nbStatement.locator("summary").first().click();
  await nbStatement
    .getByRole("listitem")
    .filter({ hasText: resourceTitle })
    .locator("summary")
    .first()
    .click();
  await expect(nbStatement.getByRole("region", { name: t.images.title })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, testInfo, "resource-images-editor-nb-phone");

  // The learner reads the resource: the image is there, loaded, with its size and alt text.
  const learner = await login({ name: `Lars ${unique()}`, language: "nb" });
  await addMember(slug, hr, learner, "employee");
  await actAs(page, context, baseURL, learner);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/nb/o/${slug}/learn/${programId}`);
  await page.getByRole("link", { name: resourceTitle }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(resourceTitle);
  const seen = page.getByRole("img", { name: altText });
  await expect(seen).toBeVisible();
  await expect.poll(() => seen.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expect(seen).toHaveAttribute("width", "1600");
  await expect(seen).toHaveAttribute("height", "800");
  await expect(seen).toHaveAttribute("loading", "lazy");
  const resourcePath = new URL(page.url()).pathname;
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "resource-images-learner-nb");
  for (const [name, path] of [
    ["nb", resourcePath],
    ["en", resourcePath.replace(/^\/nb\//, "/en/")],
  ] as const) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await expect(page.getByRole("img", { name: altText })).toBeVisible();
    if (name === "en") {
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, testInfo, "resource-images-learner-en");
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(390);
    const shown = page.getByRole("img", { name: altText });
    await expect
      .poll(() => shown.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
    // Scaled to the column: never wider than the screen.
    expect((await shown.boundingBox())!.width).toBeLessThanOrEqual(390);
    await screenshot(page, testInfo, `resource-images-learner-${name}-phone`);
  }

  // The image is the organization's: signed out, its address answers 404.
  const src = await page.getByRole("img", { name: altText }).getAttribute("src");
  expect((await fetch(`${baseURL}${src}`)).status).toBe(404);
});
