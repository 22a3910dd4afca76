// The members table (issue 18): search, filters, sort and paging in the URL, readable on a desktop
// and a phone. The bulk actions themselves are in orgs.spec.ts; the rules behind them in
// lib/orgs/members-table.int.test.ts.
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { copy } from "./support/copy";
import { expect, test } from "./support/login";
import { createOrganization } from "./support/organizations";
import { fill, inOrganization, unique } from "./support/people";
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
    await inOrganization(slug, owner, async (client, orgId) => {
      const team = await client.query<{ id: string }>(
        `insert into "Team" (id, "organizationId", name, "createdAt", "updatedAt")
         values (gen_random_uuid(), $1, 'Sales', now(), now()) returning id`,
        [orgId],
      );
      for (let index = 0; index < 60; index += 1) {
        const name = index % 4 === 0 ? `Nora Berg ${index}` : `Person ${String(index).padStart(2, "0")}`;
        const user = await client.query<{ id: string }>(
          `insert into "User" (id, email, name, "createdAt", "updatedAt")
           values (gen_random_uuid(), $1, $2, now(), now()) returning id`,
          [`p${index}-${id}@example.test`, name],
        );
        const membership = await client.query<{ id: string }>(
          `insert into "Membership" (id, "organizationId", "userId", role, status, "lastActivityAt", "createdAt", "updatedAt")
           values (gen_random_uuid(), $1, $2, $3, 'active', $4, now(), now()) returning id`,
          [
            orgId,
            user.rows[0]!.id,
            index % 3 === 0 ? "manager" : "employee",
            index % 2 === 0 ? new Date() : null,
          ],
        );
        if (index % 3 === 0) {
          await client.query(
            `insert into "TeamMember" ("organizationId", "teamId", "membershipId", "isManager", "createdAt")
             values ($1, $2, $3, false, now())`,
            [orgId, team.rows[0]!.id, membership.rows[0]!.id],
          );
        }
      }
    });

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
