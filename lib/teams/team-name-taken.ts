import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";

export const teamNameTaken = () =>
  AppError.conflict({
    messageKey: "people:teams.errors.nameTaken",
    fieldErrors: { name: "people:teams.errors.nameTaken" },
  });

/** How team names are compared: "Salg" and "salg " are one team to the people reading the list. */
export function teamNameKey(name: string): string {
  return name.normalize("NFKC").trim().toLocaleLowerCase("nb");
}

/**
 * Refuses (CONFLICT on the name field) a name another team of the organization has in any case.
 * Compared here rather than in SQL: a database without a locale folds only ASCII letters, and an
 * organization has tens of teams, not thousands. The unique index still catches the exact same
 * name written at the same moment.
 */
export async function assertTeamNameFree(options: {
  tx: TenantTx;
  orgId: string;
  name: string;
  exceptTeamId?: string;
}) {
  const teams = await options.tx.team.findMany({
    where: { organizationId: options.orgId },
    select: { id: true, name: true },
  });
  const key = teamNameKey(options.name);
  if (teams.some((team) => team.id !== options.exceptTeamId && teamNameKey(team.name) === key))
    throw teamNameTaken();
}
