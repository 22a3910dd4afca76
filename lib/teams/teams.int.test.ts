// Teams: create, rename, delete, members and managers, against Postgres as the application role.
import { beforeEach, describe, expect, it } from "vitest";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import {
  addTestMember,
  buildOrganization,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import type { Role } from "@/lib/permissions/roles";
import { setupTestDatabase } from "@/tests/db";
import { addTeamMember } from "./add-team-member";
import { createTeam } from "./create-team";
import { deleteTeam } from "./delete-team";
import { getTeamDetails } from "./get-team-details";
import { listTeams } from "./list-teams";
import { removeTeamMember } from "./remove-team-member";
import { renameTeam } from "./rename-team";
import { setTeamManager } from "./set-team-manager";

setupTestDatabase();

let org: TestOrganization;
let other: TestOrganization;

beforeEach(async () => {
  org = await buildOrganization();
  other = await buildOrganization();
});

/** Runs a use case as `actor`, in the actor's organization, like the action pipeline does. */
const as = <T>(actor: TestMember, work: (args: { tx: TenantTx; ctx: WorkspaceContext }) => Promise<T>) =>
  withTenant(actor.ctx, (tx) => work({ tx, ctx: actor.ctx }));

const hr = () => org.members.admin;

const auditOf = (within: TestOrganization) =>
  as(within.members.owner, ({ tx }) =>
    tx.auditEntry.findMany({
      where: { action: { startsWith: "team." } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, targetId: true, actorId: true, data: true },
    }),
  );

const placesIn = (teamId: string) =>
  as(org.members.owner, ({ tx }) =>
    tx.teamMember.findMany({
      where: { teamId },
      select: { membershipId: true, isManager: true },
      orderBy: { membershipId: "asc" },
    }),
  );

describe("team lifecycle", () => {
  it("lets HR create, rename and delete a team, with an audit entry for each", async () => {
    const created = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "Kundeservice" }));
    expect(created.name).toBe("Kundeservice");
    const renamed = await as(hr(), ({ tx, ctx }) =>
      renameTeam({ tx, ctx, teamId: created.teamId, name: "Kundesenter" }),
    );
    expect(renamed).toEqual({ teamId: created.teamId, name: "Kundesenter", changed: true });
    expect(await as(hr(), ({ tx, ctx }) => listTeams({ tx, ctx }))).toEqual([
      { id: created.teamId, name: "Kundesenter", memberCount: 0, learnerCount: 0, managers: [] },
    ]);
    await as(hr(), ({ tx, ctx }) => deleteTeam({ tx, ctx, teamId: created.teamId }));
    expect(await as(hr(), ({ tx, ctx }) => listTeams({ tx, ctx }))).toEqual([]);

    expect(await auditOf(org)).toEqual([
      { action: "team.create", targetId: created.teamId, actorId: hr().id, data: { name: "Kundeservice" } },
      {
        action: "team.rename",
        targetId: created.teamId,
        actorId: hr().id,
        data: { name: "Kundesenter", from: "Kundeservice", to: "Kundesenter" },
      },
      {
        action: "team.delete",
        targetId: created.teamId,
        actorId: hr().id,
        data: { name: "Kundesenter", memberCount: 0 },
      },
    ]);
  });

  it("refuses a name another team has, in any case, and records nothing for a rename to the same name", async () => {
    const sales = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "Salg" }));
    await expect(as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "salg" }))).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: "people:teams.errors.nameTaken" },
    });
    const support = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "Støtte" }));
    await expect(
      as(hr(), ({ tx, ctx }) => renameTeam({ tx, ctx, teamId: support.teamId, name: "SALG" })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // Changing only the case of its own name is allowed.
    expect(
      await as(hr(), ({ tx, ctx }) => renameTeam({ tx, ctx, teamId: sales.teamId, name: "SALG" })),
    ).toMatchObject({ changed: true });
    const before = (await auditOf(org)).length;
    expect(
      await as(hr(), ({ tx, ctx }) => renameTeam({ tx, ctx, teamId: sales.teamId, name: "SALG" })),
    ).toMatchObject({ changed: false });
    expect(await auditOf(org)).toHaveLength(before);
    // Another organization may use the same name.
    await as(other.members.owner, ({ tx, ctx }) => createTeam({ tx, ctx, name: "Salg" }));
  });
});

describe("members and managers", () => {
  it("adds and removes members; a person may be in several teams; a team may have several managers", async () => {
    const { manager, employee, admin } = org.members;
    const north = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "Nord" }));
    const south = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "Sør" }));

    await as(hr(), ({ tx, ctx }) =>
      addTeamMember({ tx, ctx, teamId: north.teamId, membershipId: employee.membershipId }),
    );
    await as(hr(), ({ tx, ctx }) =>
      addTeamMember({ tx, ctx, teamId: south.teamId, membershipId: employee.membershipId }),
    );
    await as(hr(), ({ tx, ctx }) =>
      addTeamMember({ tx, ctx, teamId: north.teamId, membershipId: manager.membershipId, isManager: true }),
    );
    await as(hr(), ({ tx, ctx }) =>
      addTeamMember({ tx, ctx, teamId: north.teamId, membershipId: admin.membershipId }),
    );
    await as(hr(), ({ tx, ctx }) =>
      setTeamManager({ tx, ctx, teamId: north.teamId, membershipId: admin.membershipId, isManager: true }),
    );

    // A double submit adds nobody twice.
    const again = await as(hr(), ({ tx, ctx }) =>
      addTeamMember({ tx, ctx, teamId: north.teamId, membershipId: employee.membershipId }),
    );
    expect(again.added).toBe(false);

    const teams = await as(hr(), ({ tx, ctx }) => listTeams({ tx, ctx }));
    expect(teams.map((team) => [team.name, team.memberCount, team.managers.length])).toEqual([
      ["Nord", 3, 2],
      ["Sør", 1, 0],
    ]);
    const details = await as(hr(), ({ tx, ctx }) => getTeamDetails({ tx, ctx, teamId: north.teamId }));
    expect(
      details.members
        .filter((member) => member.isManager)
        .map((member) => member.membershipId)
        .sort(),
    ).toEqual([manager.membershipId, admin.membershipId].sort());
    expect(details.candidates.map((candidate) => candidate.membershipId)).toEqual([
      org.members.owner.membershipId,
    ]);

    await as(hr(), ({ tx, ctx }) =>
      setTeamManager({ tx, ctx, teamId: north.teamId, membershipId: manager.membershipId, isManager: false }),
    );
    await as(hr(), ({ tx, ctx }) =>
      removeTeamMember({ tx, ctx, teamId: north.teamId, membershipId: employee.membershipId }),
    );
    expect(await placesIn(north.teamId)).toEqual(
      [
        { membershipId: manager.membershipId, isManager: false },
        { membershipId: admin.membershipId, isManager: true },
      ].sort((a, b) => a.membershipId.localeCompare(b.membershipId)),
    );
    // Still in the other team.
    expect(await placesIn(south.teamId)).toEqual([{ membershipId: employee.membershipId, isManager: false }]);

    const actions = (await auditOf(org)).map((entry) => entry.action);
    expect(actions).toEqual([
      "team.create",
      "team.create",
      "team.member.add",
      "team.member.add",
      "team.member.add",
      "team.manager.set",
      "team.member.add",
      "team.manager.set",
      "team.manager.unset",
      "team.member.remove",
    ]);
    const removal = (await auditOf(org)).at(-1);
    expect(removal).toMatchObject({
      targetId: north.teamId,
      data: { email: employee.email, name: employee.name, team: "Nord" },
    });
  });

  it("refuses to make an employee a manager, and a deactivated member a member", async () => {
    const team = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "Lager" }));
    const { employee } = org.members;
    await expect(
      as(hr(), ({ tx, ctx }) =>
        addTeamMember({ tx, ctx, teamId: team.teamId, membershipId: employee.membershipId, isManager: true }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "people:teams.errors.managerRole" });
    await as(hr(), ({ tx, ctx }) =>
      addTeamMember({ tx, ctx, teamId: team.teamId, membershipId: employee.membershipId }),
    );
    await expect(
      as(hr(), ({ tx, ctx }) =>
        setTeamManager({
          tx,
          ctx,
          teamId: team.teamId,
          membershipId: employee.membershipId,
          isManager: true,
        }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const gone = await addTestMember(org, "employee", { status: "deactivated" });
    await expect(
      as(hr(), ({ tx, ctx }) =>
        addTeamMember({ tx, ctx, teamId: team.teamId, membershipId: gone.membershipId }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "people:teams.errors.memberDeactivated" });
  });

  it("deleting a team takes nobody out of the organization", async () => {
    const team = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "Prosjekt" }));
    await as(hr(), ({ tx, ctx }) =>
      addTeamMember({ tx, ctx, teamId: team.teamId, membershipId: org.members.employee.membershipId }),
    );
    const deleted = await as(hr(), ({ tx, ctx }) => deleteTeam({ tx, ctx, teamId: team.teamId }));
    expect(deleted.memberCount).toBe(1);
    const stillMember = await as(org.members.owner, ({ tx }) =>
      tx.membership.count({ where: { id: org.members.employee.membershipId, status: "active" } }),
    );
    expect(stillMember).toBe(1);
    expect(await as(org.members.owner, ({ tx }) => tx.teamMember.count())).toBe(0);
  });
});

describe("who may", () => {
  it.each<Role>(["manager", "employee"])(
    "refuses the %s role every team change and the team pages (FORBIDDEN)",
    async (role) => {
      const team = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: `Team ${role}` }));
      const actor = org.members[role];
      const membershipId = org.members.employee.membershipId;
      const attempts: ((args: { tx: TenantTx; ctx: WorkspaceContext }) => Promise<unknown>)[] = [
        ({ tx, ctx }) => createTeam({ tx, ctx, name: "Mitt team" }),
        ({ tx, ctx }) => renameTeam({ tx, ctx, teamId: team.teamId, name: "Nytt navn" }),
        ({ tx, ctx }) => deleteTeam({ tx, ctx, teamId: team.teamId }),
        ({ tx, ctx }) => addTeamMember({ tx, ctx, teamId: team.teamId, membershipId }),
        ({ tx, ctx }) => removeTeamMember({ tx, ctx, teamId: team.teamId, membershipId }),
        ({ tx, ctx }) => setTeamManager({ tx, ctx, teamId: team.teamId, membershipId, isManager: true }),
        ({ tx, ctx }) => listTeams({ tx, ctx }),
        ({ tx, ctx }) => getTeamDetails({ tx, ctx, teamId: team.teamId }),
      ];
      for (const attempt of attempts)
        await expect(as(actor, attempt)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await as(hr(), ({ tx, ctx }) => listTeams({ tx, ctx }))).toEqual([
        { id: team.teamId, name: `Team ${role}`, memberCount: 0, learnerCount: 0, managers: [] },
      ]);
    },
  );

  it("answers NOT_FOUND for another organization's team or member, and leaves them alone", async () => {
    const theirs = await as(other.members.owner, ({ tx, ctx }) =>
      createTeam({ tx, ctx, name: "Deres team" }),
    );
    const ours = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "Vårt team" }));
    const foreignMember = other.members.employee.membershipId;
    const attempts: ((args: { tx: TenantTx; ctx: WorkspaceContext }) => Promise<unknown>)[] = [
      ({ tx, ctx }) => renameTeam({ tx, ctx, teamId: theirs.teamId, name: "Kapret" }),
      ({ tx, ctx }) => deleteTeam({ tx, ctx, teamId: theirs.teamId }),
      ({ tx, ctx }) => getTeamDetails({ tx, ctx, teamId: theirs.teamId }),
      ({ tx, ctx }) =>
        addTeamMember({ tx, ctx, teamId: theirs.teamId, membershipId: org.members.employee.membershipId }),
      ({ tx, ctx }) => addTeamMember({ tx, ctx, teamId: ours.teamId, membershipId: foreignMember }),
      ({ tx, ctx }) => removeTeamMember({ tx, ctx, teamId: theirs.teamId, membershipId: foreignMember }),
      ({ tx, ctx }) =>
        setTeamManager({ tx, ctx, teamId: theirs.teamId, membershipId: foreignMember, isManager: true }),
    ];
    for (const attempt of attempts)
      await expect(as(hr(), attempt)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await as(other.members.owner, ({ tx, ctx }) => listTeams({ tx, ctx }))).toEqual([
      { id: theirs.teamId, name: "Deres team", memberCount: 0, learnerCount: 0, managers: [] },
    ]);
  });
});
