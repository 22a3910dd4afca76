import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { defineUseCase } from "./use-case";

describe("useCase", () => {
  const run = vi.fn(
    async (args: { ctx: { role: "employee" | "admin" }; name: string }) => `made ${args.name}`,
  );
  const makeTeam = defineUseCase({ permission: "teams.manage", run });

  it("declares its permission as data, for the pipeline and the authorization matrix to read", () => {
    expect(makeTeam.permission).toBe("teams.manage");
  });

  it("runs for a role that has the permission, with the arguments as given", async () => {
    await expect(makeTeam({ ctx: { role: "admin" }, name: "T1" })).resolves.toBe("made T1");
    expect(run).toHaveBeenLastCalledWith({ ctx: { role: "admin" }, name: "T1" });
  });

  it("refuses a role without it as FORBIDDEN, before running anything", async () => {
    run.mockClear();
    const refusal = await makeTeam({ ctx: { role: "employee" }, name: "T1" }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: "FORBIDDEN" });
    expect(run).not.toHaveBeenCalled();
  });
});
