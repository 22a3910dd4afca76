import "server-only";
import { randomUUID } from "node:crypto";
import { execute, q, sql, uuid } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import type { AuditAction } from "@/lib/orgs/audit-actions";
import type { Role } from "@/lib/permissions/roles";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { inviterName, lockInvitations } from "./invitation-guards";
import type { OutgoingInvitation } from "./invitation-mail";
import { queueInvitationMails } from "./send-invitation-mails";
import { invitationExpiry } from "./invitation-status";
import { hashInvitationToken, newInvitationToken } from "./invitation-token";
import { previewCsvImport } from "./preview-csv-import";

export type CsvImportResult = {
  /** Invitations made now. */
  imported: number;
  /** Rows skipped because the person already has an open invitation (e.g. the same file again). */
  alreadyInvited: number;
  /** Rows not imported because of a problem shown in the preview. */
  withProblems: number;
  /** The mails, queued in this transaction (hold tokens: the action withholds them from the browser). */
  outgoing: OutgoingInvitation[];
};

// Rows per statement: keeps each statement's arrays and the time it holds locks modest.
const BATCH = 1_000;

function batches<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) result.push(items.slice(start, start + BATCH));
  return result;
}

/**
 * Imports the CSV HR confirmed after the preview. It is checked again here, in the transaction
 * that writes (the preview may be minutes old), and every row that is ready becomes an invitation,
 * all together or none. Rows whose person already has an open invitation are skipped, so importing
 * the same file twice invites nobody twice; the organization's invitation lock keeps two confirms
 * at the same moment from both inviting.
 */
export const importCsv = defineUseCase({ permission: "invitations.manage", run: importCsvUnchecked });
async function importCsvUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  csv: string;
}): Promise<CsvImportResult> {
  const { tx, ctx } = options;
  await lockInvitations(tx, ctx.orgId);
  const assessment = await previewCsvImport({ tx, ctx, csv: options.csv });
  const ready = assessment.rows.flatMap((row) =>
    row.outcome === "ready" && row.role ? [{ ...row, role: row.role }] : [],
  );
  const expiresAt = invitationExpiry();
  const inviter = await inviterName(tx, ctx.userId);
  const made = ready.map((row) => ({ row, id: randomUUID(), token: newInvitationToken() }));

  for (const batch of batches(made)) {
    // One statement per thousand rows from column arrays: Prisma's createMany spends seconds
    // building 5,000 rows' parameters, and the import must finish well inside the transaction's time.
    const column = <T>(pick: (item: (typeof batch)[number]) => T) => batch.map(pick);
    // The arrays' row type is written here: a column definition list (`as row(id, …)`) is text
    // to Kysely (ADR 037). The columns written into are typed.
    const invitations = sql<{
      id: string;
      email: string;
      name: string | null;
      role: string;
      team_id: string | null;
      token_hash: string;
    }>`unnest(${column((item) => item.id)}::uuid[], ${column((item) => item.row.email)}::text[],
                    ${column((item) => item.row.name || null)}::text[], ${column((item) => item.row.role)}::text[],
                    ${column((item) => item.row.teamId)}::text[], ${column((item) => hashInvitationToken(item.token))}::text[])`;
    await execute(
      tx,
      q
        .insertInto("Invitation")
        .columns([
          "id",
          "organizationId",
          "email",
          "name",
          "role",
          "teamIds",
          "tokenHash",
          "expiresAt",
          "invitedById",
          "updatedAt",
        ])
        .expression(
          q
            .selectFrom(invitations.as<"row">(sql`row(id, email, name, role, team_id, token_hash)`))
            .select((eb) => [
              "row.id",
              uuid(ctx.orgId).as("organizationId"),
              "row.email",
              "row.name",
              sql<Role>`${eb.ref("row.role")}::"Role"`.as("role"),
              sql<string[]>`case when ${eb.ref("row.team_id")} is null then '{}'::text[] else array[${eb.ref(
                "row.team_id",
              )}] end`.as("teamIds"),
              "row.token_hash",
              sql<Date>`${expiresAt}`.as("expiresAt"),
              uuid(ctx.userId).as("invitedById"),
              sql<Date>`now()`.as("updatedAt"),
            ]),
        ),
    );
    // One audit entry per invitation, as the form writes them (record-audit.ts), with the same data.
    const action: AuditAction = "invitation.create";
    const entries = sql<{
      id: string;
      email: string;
      name: string | null;
      role: string;
      team: string | null;
    }>`unnest(${column((item) => item.id)}::uuid[], ${column((item) => item.row.email)}::text[],
                    ${column((item) => item.row.name || null)}::text[], ${column((item) => item.row.role)}::text[],
                    ${column((item) => (item.row.teamId ? item.row.team : null))}::text[])`;
    await execute(
      tx,
      q
        .insertInto("AuditEntry")
        .columns(["id", "organizationId", "actorId", "action", "targetType", "targetId", "data"])
        .expression(
          q.selectFrom(entries.as<"row">(sql`row(id, email, name, role, team)`)).select((eb) => [
            sql<string>`gen_random_uuid()`.as("id"),
            uuid(ctx.orgId).as("organizationId"),
            uuid(ctx.userId).as("actorId"),
            sql<string>`${action}`.as("action"),
            sql.lit("invitation").$castTo<string>().as("targetType"),
            sql<string>`${eb.ref("row.id")}::text`.as("targetId"),
            sql`jsonb_build_object('email', ${eb.ref("row.email")}, 'name', ${eb.ref("row.name")}, 'role', ${eb.ref(
              "row.role",
            )},
                                'teams', case when ${eb.ref("row.team")} is null then '[]'::jsonb else jsonb_build_array(${eb.ref(
                                  "row.team",
                                )}) end,
                                'source', 'csv')`.as("data"),
          ]),
        ),
    );
  }
  const outgoing = made.map(({ id, row, token }) => ({
    invitationId: id,
    to: row.email,
    token,
    role: row.role,
    orgName: ctx.orgName,
    lang: ctx.orgLanguage,
    inviter,
    teamNames: row.teamId ? [row.team] : [],
  }));
  // In the same transaction: the import answers without waiting for a single mail.
  await queueInvitationMails(tx, ctx.orgId, outgoing);
  return {
    imported: made.length,
    alreadyInvited: assessment.counts.alreadyInvited,
    withProblems: assessment.counts.problem,
    outgoing,
  };
}
