// Progress arithmetic of product.md, pure so that it is tested without a database:
// (resources done at their current revision + statements with a current rating at their current
// revision) / (visible resources + visible statements). A major edit raises an item's revision, so
// work recorded at an older revision no longer counts and the item reopens. Hidden items are not
// part of the program for learners and count for nothing.

export type ProgressItem = { id: string; revision: number; hidden: boolean };
export type ProgressStatement = ProgressItem & { resources: ProgressItem[] };

export type LearnerRecord = {
  /** Resource id → the revision it was marked done at. */
  completions: ReadonlyMap<string, number>;
  /** Statement id → the revision of its current rating. */
  ratings: ReadonlyMap<string, number>;
};

export type Progress = { done: number; total: number; percent: number; complete: boolean };

/** The next thing to do, in reading order: each statement's resources, then rating the statement. */
export type NextItem = { kind: "resource"; id: string } | { kind: "statement"; id: string } | null;

const counts = (recorded: number | undefined, item: ProgressItem) =>
  recorded !== undefined && recorded >= item.revision;

export const isResourceDone = (record: LearnerRecord, resource: ProgressItem) =>
  counts(record.completions.get(resource.id), resource);

export const isStatementRated = (record: LearnerRecord, statement: ProgressItem) =>
  counts(record.ratings.get(statement.id), statement);

/** Statements in program order, each with its resources in order (hidden ones are skipped here). */
export function computeProgress(statements: readonly ProgressStatement[], record: LearnerRecord): Progress {
  let done = 0;
  let total = 0;
  for (const statement of statements) {
    if (statement.hidden) continue;
    total += 1;
    if (isStatementRated(record, statement)) done += 1;
    for (const resource of statement.resources) {
      if (resource.hidden) continue;
      total += 1;
      if (isResourceDone(record, resource)) done += 1;
    }
  }
  const percent = total === 0 ? 0 : Math.floor((done / total) * 100);
  return { done, total, percent, complete: total > 0 && done === total };
}

/** Where "Continue" leads: the first visible item not done, in reading order; null when all are. */
export function nextItem(statements: readonly ProgressStatement[], record: LearnerRecord): NextItem {
  for (const statement of statements) {
    if (statement.hidden) continue;
    for (const resource of statement.resources) {
      if (!resource.hidden && !isResourceDone(record, resource)) return { kind: "resource", id: resource.id };
    }
    if (!isStatementRated(record, statement)) return { kind: "statement", id: statement.id };
  }
  return null;
}

/** A statement as a learner page has it: its resources done or not, and the current rating if any. */
export type StatementRecord = { rating: unknown; resources: readonly { done: boolean }[] };

/**
 * Progress told apart (issue 19): "3 of 5 resources read · 2 of 8 statements rated" instead of one
 * count that silently adds resources and ratings together.
 */
export function progressParts(statements: readonly StatementRecord[]) {
  const resources = statements.flatMap((statement) => statement.resources);
  return {
    resources: { done: resources.filter((resource) => resource.done).length, total: resources.length },
    statements: {
      rated: statements.filter((statement) => statement.rating !== null).length,
      total: statements.length,
    },
  };
}
export type ProgressParts = ReturnType<typeof progressParts>;

/** A statement is finished when each of its resources is read and it has a current rating. */
export function isStatementComplete(statement: StatementRecord): boolean {
  return statement.rating !== null && statement.resources.every((resource) => resource.done);
}

/**
 * A program's total reading time in minutes: the sum of its resources' times as each resource
 * shows them ("ca. 25 min" on the program's cards and page).
 */
export function totalMinutes<Lang extends string>(
  statements: readonly { resources: readonly { minutes: Record<Lang, number> }[] }[],
  lang: Lang,
): number {
  return statements.reduce(
    (sum, statement) =>
      sum + statement.resources.reduce((inner, resource) => inner + resource.minutes[lang], 0),
    0,
  );
}
