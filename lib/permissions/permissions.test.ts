import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { can, permissions, rolePermissions, type Permission } from "./permissions";
import { requirePermission } from "./require-permission";
import { roles, type Role } from "./roles";

// The whole matrix, written out: a change to who may do what has to change this table too.
const Y = true;
const N = false;
// prettier-ignore
const expected: Record<Permission, Record<Role, boolean>> = {
  "workspace.view":       { owner: Y, admin: Y, manager: Y, employee: Y },
  "learning.participate": { owner: Y, admin: Y, manager: Y, employee: Y },
  "teams.viewProgress":   { owner: Y, admin: Y, manager: Y, employee: N },
  "insights.viewOrganization": { owner: Y, admin: Y, manager: N, employee: N },
  "members.view":         { owner: Y, admin: Y, manager: N, employee: N },
  "members.manage":       { owner: Y, admin: Y, manager: N, employee: N },
  "members.manageOwners": { owner: Y, admin: N, manager: N, employee: N },
  "invitations.manage":   { owner: Y, admin: Y, manager: N, employee: N },
  "teams.manage":         { owner: Y, admin: Y, manager: N, employee: N },
  "programs.manage":      { owner: Y, admin: Y, manager: N, employee: N },
  "audit.view":           { owner: Y, admin: Y, manager: N, employee: N },
  "organization.manage":  { owner: Y, admin: Y, manager: N, employee: N },
  "organization.sso":     { owner: Y, admin: N, manager: N, employee: N },
};

describe("role → permission table", () => {
  it("lists every permission in the expected matrix", () => {
    expect(Object.keys(expected).sort()).toEqual([...permissions].sort());
  });

  for (const permission of permissions) {
    for (const role of roles) {
      const allowed = expected[permission][role];
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
        if (allowed) expect(() => requirePermission({ role }, permission)).not.toThrow();
        else
          expect(() => requirePermission({ role }, permission)).toThrow(
            expect.objectContaining({ code: "FORBIDDEN" }),
          );
      });
    }
  }

  it("grants each role at least what the roles below it have", () => {
    for (const [index, role] of roles.entries()) {
      const below = roles.slice(index + 1);
      for (const lower of below) {
        for (const permission of rolePermissions[lower])
          expect(can(role, permission), `${role} ⊇ ${lower}: ${permission}`).toBe(true);
      }
    }
  });

  it("refuses with the one error type", () => {
    try {
      requirePermission({ role: "employee" }, "members.manage");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(403);
    }
  });
});
