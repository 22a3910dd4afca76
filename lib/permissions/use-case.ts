// A use case declares the permission it needs once, as data (ADR 038). The wrapper checks it on
// every call, from an action, a page, a job, another use case or a test, and the action pipeline
// and the authorization matrix read the same `permission` instead of naming it again, so the two
// cannot drift apart. Checks that depend on the input or the object (making an owner needs
// members.manageOwners) stay in the use case's body.
import type { Permission } from "./permissions";
import { requirePermission } from "./require-permission";
import type { Role } from "./roles";

/** A use case: call it like the function it wraps; `permission` is what every call requires. */
export type UseCase<Args extends UseCaseArgs, Result> = ((args: Args) => Promise<Result>) & {
  readonly permission: Permission;
};

/** Every use case runs for someone with a role in an organization. */
export type UseCaseArgs = { ctx: { role: Role } };

/**
 * `export const listTeams = defineUseCase({ permission: "teams.manage", run: listTeamsUnchecked })`
 * above `async function listTeamsUnchecked(…)`, which is not exported: every call from outside the
 * file goes through the check, and the body keeps only the checks that depend on what it is asked.
 */
export function defineUseCase<Args extends UseCaseArgs, Result>(definition: {
  permission: Permission;
  run: (args: Args) => Promise<Result>;
}): UseCase<Args, Result> {
  const { permission, run } = definition;
  const checked = async (args: Args): Promise<Result> => {
    requirePermission(args.ctx, permission);
    return run(args);
  };
  return Object.assign(checked, { permission });
}
