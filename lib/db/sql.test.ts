// The point of lib/db/sql.ts: a column or table that is not in prisma/schema.prisma is a type error,
// in the query and in the row types of the statements kept as SQL text. The @ts-expect-error lines
// are the test: `npm run typecheck` fails if any of them stops being an error.
import { describe, expect, it } from "vitest";
import { q, type Row } from "./sql";

describe("typed SQL", () => {
  it("compiles a query on our schema to parameterized Postgres SQL", () => {
    const compiled = q
      .selectFrom("Membership")
      .select(["id", "role"])
      .where("organizationId", "=", "00000000-0000-0000-0000-000000000001")
      .compile();
    expect(compiled.sql).toBe('select "id", "role" from "Membership" where "organizationId" = $1');
    expect(compiled.parameters).toEqual(["00000000-0000-0000-0000-000000000001"]);
  });

  it("refuses a column or table the schema does not have", () => {
    // @ts-expect-error a renamed (misspelt) column is a type error
    const column = q.selectFrom("Membership").select("organisationId");
    // @ts-expect-error … in a where clause too
    const filter = q.selectFrom("Membership").select("id").where("orgId", "=", "x");
    // @ts-expect-error … and a table that does not exist
    const table = q.selectFrom("Memberships").selectAll();
    // A wrong value type for a column is one as well.
    // @ts-expect-error role is the Role enum, not any string
    const value = q.updateTable("Membership").set({ role: "superuser" });
    expect([column, filter, table, value].every((query) => typeof query.compile === "function")).toBe(true);
  });

  it("gives row types of the statements kept as SQL text from the schema", () => {
    const row: Row<"Membership", "id" | "role"> = { id: "x", role: "owner" };
    // @ts-expect-error Row names columns of the table only
    const wrong: Row<"Membership", "organisationId"> = { organisationId: "x" };
    expect([row, wrong]).toHaveLength(2);
  });
});
