// What a manager should see first on a team dashboard (issue 18 item 1): a strip of key numbers and
// the people who need attention, each with why and what to do. Derived from the dashboard's own rows,
// so the strip can never disagree with the table below it. Pure: shared with unit tests.
// Only completion facts and help requests, which managers already see per person: no rating enters.
import type { LocalizedText } from "@/lib/programs/program-texts";

type ProgressLike = {
  membershipId: string;
  name: string;
  programId: string;
  percent: number;
  complete: boolean;
  started: boolean;
  overdue: boolean;
  dueDate: Date | null;
};

type HelpLike = {
  id: string;
  membershipId: string;
  name: string | null;
  email: string;
  statementId: string;
  statementText: LocalizedText;
  programTitle: LocalizedText;
  createdAt: Date;
  handledAt: Date | null;
};

export type TeamSummary = {
  /** The team's learners (who-counts.ts). */
  learners: number;
  /** Learners with at least one assigned program. */
  withPrograms: number;
  /** Learners who completed every program assigned to them. */
  completed: number;
  /** Learners with at least one program past its due date and not complete. */
  overdue: number;
  /** Learners who have done nothing yet in any program assigned to them, and are not overdue (the
   * overdue are counted there): the strip's figures are apart, like the "needs attention" lines. */
  notStarted: number;
  /** Help requests nobody has handled yet. */
  openHelpRequests: number;
};

export type AttentionItem =
  | { kind: "overdue"; membershipId: string; name: string; programId: string; dueDate: Date; percent: number }
  | { kind: "notStarted"; membershipId: string; name: string; programId: string; dueDate: Date | null };

export type HelpGroup<H extends HelpLike = HelpLike> = {
  statementId: string;
  statementText: LocalizedText;
  programTitle: LocalizedText;
  /** Open requests, oldest first. */
  open: H[];
  /** Requests handled lately, newest first. */
  handled: H[];
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "nb");

export function summarizeTeam(options: {
  learners: number;
  rows: readonly ProgressLike[];
  helpRequests: readonly Pick<HelpLike, "handledAt">[];
}): TeamSummary {
  const byPerson = new Map<string, ProgressLike[]>();
  for (const row of options.rows)
    byPerson.set(row.membershipId, [...(byPerson.get(row.membershipId) ?? []), row]);
  const people = [...byPerson.values()];
  return {
    learners: options.learners,
    withPrograms: people.length,
    completed: people.filter((rows) => rows.every((row) => row.complete)).length,
    overdue: people.filter((rows) => rows.some((row) => row.overdue)).length,
    notStarted: people.filter((rows) => rows.every((row) => !row.started) && !rows.some((row) => row.overdue))
      .length,
    openHelpRequests: options.helpRequests.filter((request) => request.handledAt === null).length,
  };
}

/**
 * Who needs attention: each overdue person × program (earliest due date first), then each person
 * × program not started yet and not overdue. A person overdue in one program and not started in
 * another appears for both, since each asks for something different.
 */
export function needsAttention(rows: readonly ProgressLike[]): AttentionItem[] {
  const overdue = rows
    .filter((row) => row.overdue && row.dueDate)
    .map((row) => ({
      kind: "overdue" as const,
      membershipId: row.membershipId,
      name: row.name,
      programId: row.programId,
      dueDate: row.dueDate!,
      percent: row.percent,
    }))
    .sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || byName(a, b));
  const notStarted = rows
    .filter((row) => !row.started && !row.overdue && !row.complete)
    .map((row) => ({
      kind: "notStarted" as const,
      membershipId: row.membershipId,
      name: row.name,
      programId: row.programId,
      dueDate: row.dueDate,
    }))
    .sort(byName);
  return [...overdue, ...notStarted];
}

/** Help requests grouped by statement: the statements most people want help with first. */
export function groupHelpRequests<H extends HelpLike>(requests: readonly H[]): HelpGroup<H>[] {
  const groups = new Map<string, HelpGroup<H>>();
  for (const request of requests) {
    const group = groups.get(request.statementId) ?? {
      statementId: request.statementId,
      statementText: request.statementText,
      programTitle: request.programTitle,
      open: [],
      handled: [],
    };
    (request.handledAt === null ? group.open : group.handled).push(request);
    groups.set(request.statementId, group);
  }
  for (const group of groups.values()) {
    group.open.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    group.handled.sort((a, b) => b.handledAt!.getTime() - a.handledAt!.getTime());
  }
  return [...groups.values()].sort(
    (a, b) => b.open.length - a.open.length || b.handled.length - a.handled.length,
  );
}
