// HR changes a copy's structure in the editor: adds a statement and a resource, reorders with the
// keyboard, marks a major edit, previews Markdown and deletes after confirming. Copy comes from the
// locale files; signs in with the login() fixture.
import type { Locator, Page } from "@playwright/test";
import nbPrograms from "@/locales/nb/programs.json";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { expect, test } from "./support/login";
import { fill, unique } from "./support/people";
import { copyIntoNewOrganization } from "./support/programs";
import { screenshot } from "./support/screenshot";

const t = nbPrograms;

/** The statements of one group ("Dette kan jeg"), in the order shown. */
const group = (page: Page, heading: string) =>
  page.getByRole("region", { name: heading, exact: true }).locator(":scope > ol > li");

/** The statement's own text, as its summary shows it (without the counts under it). */
const statementTexts = (items: Locator) =>
  items.locator(":scope > details > summary > span:nth-child(2) > span:first-child");

test("HR adds, reorders, edits as major, previews and deletes statements and resources (nb)", async ({
  page,
  login,
}, testInfo) => {
  test.setTimeout(300_000);
  const owner = await login({ name: `Kari ${unique()}`, language: "nb" });
  const { slug, editorPath } = await copyIntoNewOrganization(page, "nb", `Fjordkraft ${unique()}`);

  // The workspace nav marks Programs as the current section on the editor and its assignments.
  const programsLink = page.getByRole("link", { name: t.nav.programs, exact: true });
  await expect(programsLink).toHaveAttribute("aria-current", "true");

  // Add an "I can" statement: it ends its group.
  const can = group(page, t.editor.canHeading);
  const canBefore = await statementTexts(can).allTextContents();
  const added = `Jeg kan be om en ny vurdering ${unique()}`;
  const addSection = page.getByRole("region", { name: t.structure.addStatementTitle });
  await addSection.getByLabel(t.structure.newStatementNb).fill(added);
  await addSection.getByRole("radio", { name: t.kind.can }).check();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "editor-add-statement-nb");
  await addSection.getByRole("button", { name: t.structure.addStatement }).click();
  await expect(addSection.getByRole("status")).toHaveText(t.structure.statementAdded);
  await expect(addSection.getByLabel(t.structure.newStatementNb)).toHaveValue("");
  await expect(
    page.getByRole("heading", { level: 2, name: fill(t.editor.statementsTitle_other, { count: 9 }) }),
  ).toBeVisible();
  await expect(statementTexts(can)).toHaveText([...canBefore, added]);

  // Open it and add a resource with Markdown, previewed before it is saved.
  const statement = can.filter({ hasText: added });
  await statement.locator("summary").first().click();
  await statement.getByText(t.structure.addResourceTitle).click();
  const resourceTitle = `Slik ber du om vurdering ${unique()}`;
  await statement.getByLabel(t.structure.newResourceTitleNb).fill(resourceTitle);
  await statement
    .getByLabel(t.structure.newResourceBodyNb)
    .fill(
      "## Før samtalen\n\nSkriv ned **tre eksempler**.\n\n- Vær konkret\n- Lytt\n\n[Les mer](https://example.org/vurdering)",
    );
  await statement.getByRole("button", { name: t.editor.showPreview }).click();
  const addPreview = statement.getByRole("region", { name: t.editor.preview });
  await expect(addPreview.getByRole("heading", { name: "Før samtalen" })).toBeVisible();
  await expect(addPreview.locator("strong")).toHaveText("tre eksempler");
  await expect(addPreview.getByRole("link", { name: /Les mer/ })).toHaveAttribute(
    "rel",
    "noopener noreferrer",
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "editor-add-resource-preview-nb");
  await statement.getByRole("button", { name: t.structure.addResource }).click();
  await expect(statement.getByRole("status").filter({ hasText: t.structure.resourceAdded })).toBeVisible();
  // The resources of the new statement, named after its text (which changes below).
  const resourcesOf = (text: string) =>
    statement
      .getByRole("region", { name: fill(t.editor.resourcesOf, { statement: text }) })
      .locator(":scope > ul > li");
  await expect(resourcesOf(added)).toHaveCount(1);
  await expect(resourcesOf(added)).toContainText(resourceTitle);

  // Reorder with the keyboard: focus stays on the button, so it can be pressed again.
  const moveUp = page.getByRole("button", { name: fill(t.structure.moveUpName, { name: added }) });
  const moveDown = page.getByRole("button", { name: fill(t.structure.moveDownName, { name: added }) });
  await expect(moveDown).toBeDisabled();
  await moveUp.focus();
  await page.keyboard.press("Enter");
  await expect(statementTexts(can)).toHaveText([...canBefore.slice(0, -1), added, canBefore.at(-1)!]);
  await expect(moveUp).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(statementTexts(can)).toHaveText([...canBefore.slice(0, -2), added, ...canBefore.slice(-2)]);
  await expect(moveUp).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: t.structure.moved })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(moveDown).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(statementTexts(can)).toHaveText([...canBefore.slice(0, -1), added, canBefore.at(-1)!]);
  await expect(moveDown).toBeFocused();
  await screenshot(page, testInfo, "editor-reordered-nb");

  // The order and numbering survive a reload.
  await page.reload();
  await expect(statementTexts(can)).toHaveText([...canBefore.slice(0, -1), added, canBefore.at(-1)!]);

  // A major edit of the new statement's text.
  await can.filter({ hasText: added }).locator("summary").first().click();
  const reworded = `${added} og følge den opp`;
  const edited = can.filter({ hasText: added });
  await edited.getByRole("textbox", { name: t.editor.fields.statement, exact: true }).fill(reworded);
  const major = edited.getByRole("checkbox", { name: t.editor.fields.major });
  await expect(major).toHaveAccessibleDescription(t.editor.fields.majorHint);
  await major.check();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "editor-major-change-nb");
  await edited.getByRole("button", { name: t.editor.saveStatement }).click();
  await expect(edited.getByRole("status").first()).toHaveText(t.editor.savedMajor);
  await expect(major).not.toBeChecked();

  // Markdown preview of an existing resource.
  const withResources = can.filter({ hasText: "Jeg kan prosessere avvisning" });
  await withResources.locator("summary").first().click();
  const firstResource = withResources.getByRole("listitem").first();
  await firstResource.locator("summary").click();
  await firstResource.getByRole("button", { name: t.editor.showPreview }).click();
  const preview = firstResource.getByRole("region", { name: t.editor.preview });
  await expect(preview).toBeVisible();
  expect(await preview.locator("p, li").count()).toBeGreaterThan(0);
  await expect(firstResource.getByRole("button", { name: t.editor.hidePreview })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "editor-resource-preview-nb");
  await firstResource.getByRole("button", { name: t.editor.hidePreview }).click();
  await expect(preview).toBeHidden();
  await withResources.locator("summary").first().click();

  // Delete the new resource: cancelling keeps it, confirming deletes it.
  const resource = resourcesOf(reworded).first();
  await resource.locator("summary").click();
  const deleteResource = resource.getByRole("button", {
    name: fill(t.structure.deleteName, { name: resourceTitle }),
  });
  await deleteResource.click();
  const dialog = page.getByRole("dialog", { name: t.structure.deleteResourceTitle });
  await expect(dialog).toContainText(fill(t.structure.deleteResourceBody, { name: resourceTitle }));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "editor-delete-dialog-nb");
  await dialog.getByRole("button", { name: t.structure.cancel }).click();
  await expect(dialog).toBeHidden();
  await expect(deleteResource).toBeFocused();
  await deleteResource.click();
  await dialog.getByRole("button", { name: t.structure.confirmDelete }).click();
  await expect(dialog).toBeHidden();
  await expect(resourcesOf(reworded)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: t.structure.resourceDeleted })).toBeVisible();

  // Delete the statement: back to eight, in the original order.
  await edited.getByRole("button", { name: fill(t.structure.deleteName, { name: reworded }) }).click();
  const statementDialog = page.getByRole("dialog", { name: t.structure.deleteStatementTitle });
  await statementDialog.getByRole("button", { name: t.structure.confirmDelete }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: fill(t.editor.statementsTitle_other, { count: 8 }) }),
  ).toBeVisible();
  await expect(statementTexts(can)).toHaveText(canBefore);
  await expect(page.getByRole("status").filter({ hasText: t.structure.statementDeleted })).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: fill(t.editor.statementsTitle_other, { count: 8 }) }),
  ).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "editor-after-delete-nb");

  // The assignments sub-page keeps Programs marked too.
  await page.goto(`${editorPath}/assignments`);
  await expect(page.getByRole("link", { name: t.nav.programs, exact: true })).toHaveAttribute(
    "aria-current",
    "true",
  );
  await page.goto(`/nb/o/${slug}/programs`);
  await expect(page.getByRole("link", { name: t.nav.programs, exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );

  // The audit log tells what was done, the major edit as such.
  await page.goto(`/nb/o/${slug}/audit`);
  const main = page.getByRole("main");
  const who = { actor: owner.name!, name: "Håndtere avvisning" };
  for (const sentence of [
    fill(t.audit.statement.add, { ...who, item: added }),
    fill(t.audit.resource.add, { ...who, item: resourceTitle }),
    fill(t.audit.statement.move, { ...who, item: added }),
    fill(t.audit.statement.edit_major, { ...who, item: reworded }),
    fill(t.audit.resource.delete, { ...who, item: resourceTitle }),
    fill(t.audit.statement.delete, { ...who, item: reworded }),
  ])
    await expect(main).toContainText(sentence);
});
