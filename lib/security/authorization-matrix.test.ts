// The route inventory against the authorization matrix: every page, route handler method and
// server action found in the code has an entry, and every entry still matches something.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { actionMatrix, personas, routeMatrix } from "./authorization-matrix";
import { readRouteInventory, routePattern } from "./route-inventory";

const root = fileURLToPath(new URL("../..", import.meta.url));
const inventory = readRouteInventory(root);
const found = (kind: "page" | "handler" | "action") =>
  inventory.filter((entry) => entry.kind === kind).map((entry) => entry.key);

const matrixKeys = {
  page: Object.keys(routeMatrix.pages),
  handler: Object.keys(routeMatrix.handlers),
  action: Object.keys(actionMatrix),
};

describe("route inventory", () => {
  it("finds the app's routes and actions in the code", () => {
    // A floor, so that a broken reader (wrong folder, parse failure) cannot pass by finding nothing.
    expect(found("page").length).toBeGreaterThanOrEqual(30);
    expect(found("handler")).toContain("GET /api/health");
    expect(found("handler")).toContain("POST /api/auth/[...nextauth]");
    expect(found("action")).toContain("lib/actions/learning/rate-statement.ts#rateStatementAction");
    expect(found("action")).toContain(
      "app/[lang]/library/[program]/copy/page.tsx#createOrganizationThenCopy",
    );
  });

  it("leaves route groups out of the URL pattern", () => {
    expect(routePattern("app/[lang]/(auth)/invitations/[token]/page.tsx")).toBe(
      "/[lang]/invitations/[token]",
    );
    expect(routePattern("app/api/health/route.ts")).toBe("/api/health");
  });

  for (const kind of ["page", "handler", "action"] as const) {
    it(`has a matrix entry for every ${kind}`, () => {
      const missing = found(kind).filter((key) => !matrixKeys[kind].includes(key));
      expect(missing, `add these to lib/security/authorization-matrix.ts`).toEqual([]);
    });

    it(`has no stale ${kind} entries`, () => {
      const stale = matrixKeys[kind].filter((key) => !found(kind).includes(key));
      expect(stale, `these match no ${kind} in the code any more`).toEqual([]);
    });
  }

  it("gives an answer for every persona in every entry", () => {
    const entries = [
      ...Object.values(routeMatrix.pages),
      ...Object.values(routeMatrix.handlers),
      ...Object.values(actionMatrix),
    ];
    for (const entry of entries) expect(Object.keys(entry.expect).sort()).toEqual([...personas].sort());
  });

  it("answers 404 to the admin of another organization on every workspace URL", () => {
    for (const [key, entry] of Object.entries({ ...routeMatrix.pages, ...routeMatrix.handlers }))
      if (key.includes("/o/[org]")) expect(entry.expect.otherAdmin, key).toBe(404);
  });
});
