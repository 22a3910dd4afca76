import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "../db";

const database = setupTestDatabase();

describe("the application role", () => {
  it("writes and reads through Prisma", async () => {
    await database.app.appMeta.upsert({
      where: { key: "probe" },
      create: { key: "probe", value: "written by evne_app" },
      update: { value: "written by evne_app" },
    });
    const row = await database.app.appMeta.findUnique({ where: { key: "probe" } });
    expect(row?.value).toBe("written by evne_app");
    expect(row?.updatedAt).toBeInstanceOf(Date);
  });

  it("is evne_app: no superuser, no BYPASSRLS, owns no table", async () => {
    const [role] = await database.app.$queryRaw<
      { name: string; superuser: boolean; bypassrls: boolean; owned: number }[]
    >`
      select current_user as name, rolsuper as superuser, rolbypassrls as bypassrls,
             (select count(*)::int from pg_class where relowner = pg_roles.oid) as owned
        from pg_roles where rolname = current_user`;
    expect(role).toEqual({ name: "evne_app", superuser: false, bypassrls: false, owned: 0 });
  });

  it("can neither read the migration history nor change the schema", async () => {
    await expect(database.app.$queryRaw`select * from "_prisma_migrations"`).rejects.toThrow(
      /permission denied/,
    );
    await expect(database.app.$executeRaw`create table "Intruder" (id int)`).rejects.toThrow(
      /permission denied/,
    );
    await expect(database.app.$executeRaw`alter table "AppMeta" add column "x" int`).rejects.toThrow(/owner/);
  });

  it("reaches tables that later migrations create, through the owner's default privileges", async () => {
    await database.owner.$executeRaw`create table "LaterTable" (id int primary key)`;
    await database.app.$executeRaw`insert into "LaterTable" (id) values (1)`;
    const rows = await database.app.$queryRaw<{ id: number }[]>`select id from "LaterTable"`;
    expect(rows).toEqual([{ id: 1 }]);
  });
});
