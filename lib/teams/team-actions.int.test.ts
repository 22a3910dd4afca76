// The team actions through the real pipeline (session → workspace → permission → zod → handler):
// every role, the member's own organization and another one. Only the session is stubbed.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTeamAction } from "@/lib/actions/teams/create-team";
import { deleteTeamAction } from "@/lib/actions/teams/delete-team";
import { renameTeamAction } from "@/lib/actions/teams/rename-team";
import { setTeamManagerAction } from "@/lib/actions/teams/set-team-manager";
import { withTenant } from "@/lib/db/tenant";
import {
  buildOrganization,
  type TestOrganization,
  type TestUser,
} from "@/lib/orgs/testing/build-organization";
import { can } from "@/lib/permissions/permissions";
import { roles } from "@/lib/permissions/roles";
import enCommon from "@/locales/en/common.json";
import en from "@/locales/en/people.json";
import nb from "@/locales/nb/people.json";
import { setupTestDatabase } from "@/tests/db";
import { digestOf, form, signIn as signInAs } from "@/tests/support/action-session";
import { createTeam } from "./create-team";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));

setupTestDatabase();

const signIn = (user: TestUser | null) => signInAs(user, "nb");

let own: TestOrganization;
let other: TestOrganization;
let ownTeam: string;
let otherTeam: string;

beforeEach(async () => {
  own = await buildOrganization();
  other = await buildOrganization();
  ownTeam = (
    await withTenant(own.members.owner.ctx, (tx) =>
      createTeam({ tx, ctx: own.members.owner.ctx, name: "Drift" }),
    )
  ).teamId;
  otherTeam = (
    await withTenant(other.members.owner.ctx, (tx) =>
      createTeam({ tx, ctx: other.members.owner.ctx, name: "Drift" }),
    )
  ).teamId;
});

const teamNames = (org: TestOrganization) =>
  withTenant(org.members.owner.ctx, async (tx) =>
    (await tx.team.findMany({ select: { name: true }, orderBy: { name: "asc" } })).map((team) => team.name),
  );

describe("team actions: role × organization", () => {
  for (const role of roles) {
    const allowed = can(role, "teams.manage");
    it(`${role} · create and rename · own organization → ${allowed ? "done" : "FORBIDDEN"}`, async () => {
      signIn(own.members[role]);
      const created = await createTeamAction(
        { lang: "en", orgSlug: own.slug },
        null,
        form({ name: "Nye" }),
      ).catch((thrown: unknown) => thrown);
      const renamed = await renameTeamAction(
        { lang: "en", orgSlug: own.slug },
        null,
        form({ teamId: ownTeam, name: "Drift 2" }),
      );
      if (allowed) {
        expect(digestOf(created)).toMatch(
          new RegExp(`^NEXT_REDIRECT;\\w+;/en/o/${own.slug}/teams/[0-9a-f-]{36};`),
        );
        expect(renamed).toMatchObject({ ok: true, message: en.teams.renamed });
        expect(await teamNames(own)).toEqual(["Drift 2", "Nye"]);
      } else {
        expect(created).toEqual({
          ok: false,
          code: "FORBIDDEN",
          error: enCommon.errors.codes.FORBIDDEN,
          fieldErrors: {},
          values: { name: "Nye" },
        });
        expect(renamed).toMatchObject({ ok: false, code: "FORBIDDEN" });
        expect(await teamNames(own)).toEqual(["Drift"]);
      }
    });

    it(`${role} · every team action · another organization → NOT_FOUND, nothing changes`, async () => {
      signIn(own.members[role]);
      const scope = { lang: "en", orgSlug: other.slug };
      const results = [
        await createTeamAction(scope, null, form({ name: "Inntrenger" })),
        await renameTeamAction(scope, null, form({ teamId: otherTeam, name: "Kapret" })),
        await deleteTeamAction(scope, null, form({ teamId: otherTeam })),
        await setTeamManagerAction(
          scope,
          null,
          form({ teamId: otherTeam, membershipId: other.members.manager.membershipId, isManager: "true" }),
        ),
      ];
      for (const result of results)
        expect(result).toMatchObject({
          ok: false,
          code: "NOT_FOUND",
          error: enCommon.errors.codes.NOT_FOUND,
        });
      expect(await teamNames(other)).toEqual(["Drift"]);
    });
  }

  it("answers another organization's team id in one's own workspace with NOT_FOUND, translated", async () => {
    signIn(own.members.admin);
    const result = await deleteTeamAction(
      { lang: "en", orgSlug: own.slug },
      null,
      form({ teamId: otherTeam }),
    );
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND", error: en.teams.errors.notFound });
    expect(await teamNames(other)).toEqual(["Drift"]);
  });

  it("answers bad input and a taken name on the field, in the person's language", async () => {
    signIn(own.members.admin);
    expect(
      await createTeamAction({ lang: "nb", orgSlug: own.slug }, null, form({ name: "  " })),
    ).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { name: nb.teams.errors.nameRequired },
    });
    expect(
      await createTeamAction({ lang: "nb", orgSlug: own.slug }, null, form({ name: "DRIFT" })),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { name: nb.teams.errors.nameTaken },
      values: { name: "DRIFT" },
    });
  });
});
