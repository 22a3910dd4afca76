// When a rating distribution may be published (ADR 014). Pure, so the rules can be read in one place
// and tested on their own; lib/insights/snapshots/publish-snapshots.ts applies them nightly.
//
// A roster is who a published distribution counts, and at which level. The attacker we guard against
// sees every published distribution, knows who is in each group, who has rated and when (progress,
// activity), and remembers everything. Against that, exact counts are safe only when every
// comparison of two of them involves at least k people whose levels are not all alike.

/** membershipId → level (1–4). */
export type Roster = ReadonlyMap<string, number>;

/** Every published group holds at least this many distinct levels (l-diversity with l = 2). */
export const MINIMUM_DISTINCT_LEVELS = 2;

/** A team whose membership changed gets no new figures until it has been stable this long. */
export const SETTLING_DAYS = 7;

export type Refusal =
  | "tooFew" // fewer than k people
  | "tooAlike" // fewer than MINIMUM_DISTINCT_LEVELS levels
  | "tooFewChanged" // fewer than k people changed since a figure of the same statement
  | "changesAlike" // the people who changed moved to (or from) a single level
  | "overlap" // differs from another visible group by fewer than k people, or alike
  | "held"; // counts two or more people an earlier refusal found alike, at those levels

function distinctLevels(levels: Iterable<number>): number {
  return new Set(levels).size;
}

/** A distribution on its own: at least k people, at least l different levels among them. */
export function checkGroup(roster: Roster, k: number): Refusal | null {
  if (roster.size < k) return "tooFew";
  if (distinctLevels(roster.values()) < MINIMUM_DISTINCT_LEVELS) return "tooAlike";
  return null;
}

/**
 * What comparing two rosters of the same statement reveals: the people whose state differs (in one
 * and not the other, or at another level). Their levels on each side are what a subtraction shows.
 */
export function difference(a: Roster, b: Roster) {
  const people = new Set<string>();
  for (const [id, level] of a) if (b.get(id) !== level) people.add(id);
  for (const [id, level] of b) if (a.get(id) !== level) people.add(id);
  const side = (roster: Roster): Roster =>
    new Map([...people].flatMap((id) => (roster.has(id) ? [[id, roster.get(id)!] as const] : [])));
  return { size: people.size, a: side(a), b: side(b) };
}

/**
 * The people in an organization's figure against the sum of its teams' figures: those in no team
 * and those counted in several, with the level each is counted at in the organization (or a team).
 */
export function organizationResidual(organization: Roster, teams: readonly Roster[]): Roster {
  const timesInTeams = new Map<string, number>();
  for (const team of teams)
    for (const id of team.keys()) timesInTeams.set(id, (timesInTeams.get(id) ?? 0) + 1);
  const residual = new Map<string, number>();
  for (const [id, level] of organization) if ((timesInTeams.get(id) ?? 0) !== 1) residual.set(id, level);
  for (const [id, times] of timesInTeams) {
    if (times > 1 || !organization.has(id)) {
      const level = organization.get(id) ?? teams.find((team) => team.has(id))?.get(id);
      if (level !== undefined) residual.set(id, level);
    }
  }
  return residual;
}

/** Two or more people of a hold are still counted together at the levels that were refused. */
export function heldTogether(hold: Roster, candidate: Roster): boolean {
  let still = 0;
  for (const [id, level] of hold) if (candidate.get(id) === level) still += 1;
  return still >= 2;
}

export type Decision =
  | { publish: true }
  /** `hold`: people of the candidate a value rule found alike; the refusal itself tells so. */
  | { publish: false; refusal: Refusal; hold?: Roster };

const alike = (roster: Roster) =>
  roster.size > 0 && distinctLevels(roster.values()) < MINIMUM_DISTINCT_LEVELS;

/**
 * Whether `candidate` may be published for a group and statement, given every figure of that
 * statement that is or was visible (`ownHistory`: this group's; `others`: other groups'), the holds
 * of the statement, and (`sum`) the organization's figure against the sum of the teams' with the
 * candidate in place. Rules that look only at who is counted come first: refusing by them tells an
 * onlooker nothing they could not work out. Rules that look at levels come last, and a refusal by
 * them holds back the people it found alike, so that no later figure can combine that knowledge
 * with their levels.
 */
export function decidePublication(options: {
  candidate: Roster;
  ownHistory: readonly Roster[];
  others: readonly Roster[];
  holds: readonly Roster[];
  sum: Roster | null;
  k: number;
}): Decision {
  const { candidate, ownHistory, others, holds, sum, k } = options;
  const refuse = (refusal: Refusal, hold?: Roster): Decision => ({ publish: false, refusal, hold });
  // Who is counted.
  if (candidate.size < k) return refuse("tooFew");
  if (holds.some((hold) => heldTogether(hold, candidate))) return refuse("held");
  const ownDiffs = ownHistory.map((earlier) => difference(earlier, candidate));
  const otherDiffs = others.map((other) => difference(other, candidate));
  const smallChange = (diff: { size: number }) => diff.size > 0 && diff.size < k;
  if (ownDiffs.some(smallChange)) return refuse("tooFewChanged");
  if (otherDiffs.some(smallChange)) return refuse("overlap");
  if (sum && sum.size > 0 && sum.size < k) return refuse("overlap");
  // Their levels.
  if (alike(candidate)) return refuse("tooAlike", candidate);
  for (const diff of ownDiffs) {
    if (alike(diff.b)) return refuse("changesAlike", diff.b);
    if (alike(diff.a)) return refuse("changesAlike");
  }
  for (const diff of otherDiffs) {
    if (alike(diff.b)) return refuse("overlap", diff.b);
    if (alike(diff.a)) return refuse("overlap");
  }
  if (sum && alike(sum)) return refuse("overlap", sum);
  return { publish: true };
}

/** True when the newest own figure already says exactly this (nothing to publish). */
export function sameRoster(a: Roster | undefined, b: Roster): boolean {
  return a !== undefined && difference(a, b).size === 0;
}
