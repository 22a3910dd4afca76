// The members table (issue 18): search, filters, sort and paging in the URL, readable on a desktop
// and a phone. The bulk actions themselves are in orgs.spec.ts; the rules behind them in
// lib/orgs/members-table.int.test.ts.
import { addPeopleNamed, addTeam } from "@/lib/insights/testing/insight-fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { organizationOf } from "./support/arrange";
import { copy } from "./support/copy";
import { expect, test } from "./support/login";
import { createOrganization } from "./support/organizations";
import { fill, unique } from "./support/people";
import { screenshot } from "./support/screenshot";

const sizes = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;

for (const lang of ["nb", "en"] as const) {
  test(`HR finds people among many in ${lang}, on a desktop and a phone`, async ({
    page,
    login,
  }, testInfo) => {
    const t = copy[lang];
    const owner = await login({ name: `Kari ${unique()}`, language: lang });
    const slug = await createOrganization(page, `Fjellvann ${unique()}`, lang);
    const id = unique();
    // 60 colleagues behind the app's back: two pages; every 4th a "Berg", every 3rd a manager in Sales.
    const org = await organizationOf(slug, owner);
    const people = Array.from({ length: 60 }, (_, index) => ({
      name: index % 4 === 0 ? `Nora Berg ${index}` : `Person ${String(index).padStart(2, "0")}`,
      role: index % 3 === 0 ? ("manager" as const) : ("employee" as const),
      active: index % 2 === 0,
    }));
    const inSales: string[] = [];
    for (const role of ["manager", "employee"] as const)
      for (const active of [true, false]) {
        const names = people
          .filter((person) => person.role === role && person.active === active)
          .map((person) => person.name);
        const { membershipIds } = await addPeopleNamed(org, names, {
          role,
          emailPrefix: `${role}-${active}-${id}`,
          lastActivityAt: active ? new Date() : undefined,
        });
        if (role === "manager") inSales.push(...membershipIds);
      }
    await addTeam(org, inSales, undefined, "Sales");

    for (const [size, viewport] of Object.entries(sizes)) {
      await page.setViewportSize(viewport);
      await page.goto(`/${lang}/o/${slug}/members`);
      await expect(
        page.getByRole("heading", { level: 2, name: fill(t.members.count_other, { count: 61 }) }),
      ).toBeVisible();
      await expect(
        page.getByText(fill(t.members.pagination.status, { page: 1, pageCount: 2 })),
      ).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `no sideways scrolling at ${size}`).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, testInfo, `members-table-${size}-${lang}`);
    }

    await page.setViewportSize(sizes.desktop);
    // Filters go in the URL: a manager in Sales.
    const filters = page.getByRole("search");
    await filters.getByLabel(t.members.filters.role).selectOption({ label: t.roles.manager });
    await filters.getByLabel(t.members.filters.team).selectOption({ label: "Sales" });
    await filters.getByRole("button", { name: t.members.search.submit }).click();
    await expect(page).toHaveURL(/role=manager/);
    await expect(
      page.getByRole("heading", { level: 2, name: fill(t.members.filteredCount_other, { count: 20 }) }),
    ).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Sales" })).toHaveCount(20);

    // Search, then sort by name descending from the column header.
    await page.goto(`/${lang}/o/${slug}/members?q=berg`);
    await expect(
      page.getByRole("heading", {
        level: 2,
        name: fill(t.members.results_other, { count: 15, query: "berg" }),
      }),
    ).toBeVisible();
    await page.getByRole("columnheader", { name: t.members.columns.name }).getByRole("link").click();
    await expect(page.getByRole("columnheader", { name: t.members.columns.name })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect(page.getByRole("row").nth(1)).toContainText("Nora Berg 8");
    await expectNoSeriousA11yViolations(page);
  });
}
