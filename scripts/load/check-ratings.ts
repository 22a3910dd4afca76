// After a phase: the database against what the clients were told. A rating answered as saved
// must exist with the id the action answered (else it was lost); no submission may have made two
// rows (one request key, one row); every current rating must be the newest rating of its person
// and statement (a partial write would leave them apart); every rated pair has a current rating.
import type pg from "pg";
import type { RatingOutcome } from "./drive-load";

export type RatingCheck = {
  answered_saved: number;
  new_rows: number;
  lost: number;
  duplicated: number;
  current_mismatches: number;
  /** Rows of requests answered with an error: committed, then the answer failed (a retry with the key is safe). */
  written_but_answered_error: number;
  /** Rows of requests still in flight when the load stopped (their answers were not waited for). */
  written_unanswered_at_end: number;
  lost_or_duplicated: number;
};

/** `client` connects as a role that sees every row (the embedded superuser). */
export async function checkRatings(
  client: pg.Client,
  orgId: string,
  ratings: Map<string, RatingOutcome>,
): Promise<RatingCheck> {
  const keys = [...ratings.keys()];
  const { rows } = await client.query<{ requestKey: string; id: string }>(
    `select "requestKey", id::text from "Rating" where "organizationId" = $1 and "requestKey" = any($2::text[])`,
    [orgId, keys],
  );
  const rowsByKey = new Map<string, string[]>();
  for (const row of rows) rowsByKey.set(row.requestKey, [...(rowsByKey.get(row.requestKey) ?? []), row.id]);

  let answeredSaved = 0;
  let lost = 0;
  let writtenButAnsweredError = 0;
  let writtenUnanswered = 0;
  for (const [key, outcome] of ratings) {
    const ids = rowsByKey.get(key) ?? [];
    if (outcome.state === "saved") {
      answeredSaved++;
      if (!ids.includes(outcome.ratingId)) lost++;
    } else if (ids.length > 0) {
      if (outcome.state === "failed") writtenButAnsweredError++;
      else writtenUnanswered++;
    }
  }
  const duplicated = [...rowsByKey.values()].filter((ids) => ids.length > 1).length;

  const mismatches = await client.query<{ count: number }>(
    `with latest as (
       select distinct on ("membershipId", "statementId") "membershipId", "statementId", id, level
         from "Rating" where "organizationId" = $1
        order by "membershipId", "statementId", "createdAt" desc, id desc
     )
     select count(*)::int as count
       from latest
       full join "CurrentRating" c
         on c."organizationId" = $1 and c."membershipId" = latest."membershipId"
        and c."statementId" = latest."statementId"
      where (c."organizationId" = $1 or c."organizationId" is null)
        and (latest.id is null or c."ratingId" is null or c."ratingId" <> latest.id or c.level <> latest.level)`,
    [orgId],
  );
  const currentMismatches = mismatches.rows[0]?.count ?? 0;
  return {
    answered_saved: answeredSaved,
    new_rows: rows.length,
    lost,
    duplicated,
    current_mismatches: currentMismatches,
    written_but_answered_error: writtenButAnsweredError,
    written_unanswered_at_end: writtenUnanswered,
    lost_or_duplicated: lost + duplicated + currentMismatches,
  };
}
