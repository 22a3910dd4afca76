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

/** Whether a team whose membership last changed at `changedAt` is still settling at `at`. */
export function isSettling(changedAt: Date, at: Date): boolean {
  return at.getTime() - changedAt.getTime() < SETTLING_DAYS * 24 * 60 * 60 * 1000;
}

export type Refusal =
  | "tooFew" // fewer than k people
  | "tooAlike" // fewer than MINIMUM_DISTINCT_LEVELS levels
  | "tooFewChanged" // fewer than k people changed since a figure of the same statement
  | "changesAlike" // the people who changed moved to (or from) a single level
  | "overlap" // differs from another visible group by fewer than k people, or alike
  | "held"; // counts two or more people an earlier refusal found alike, at those levels

type Histogram = readonly [number, number, number, number];

const histograms = new WeakMap<Roster, Histogram>();

/** People at each level of a roster (index 0 = level 1), computed once per roster. */
function histogramOf(roster: Roster): Histogram {
  let histogram = histograms.get(roster);
  if (!histogram) {
    const counts: [number, number, number, number] = [0, 0, 0, 0];
    for (const level of roster.values()) counts[level - 1]! += 1;
    histogram = counts;
    histograms.set(roster, histogram);
  }
  return histogram;
}

/** Alike: some people, all at one level (fewer than MINIMUM_DISTINCT_LEVELS levels). */
function alikeHistogram(histogram: readonly number[]): boolean {
  const levels = histogram.filter((count) => count > 0).length;
  return levels > 0 && levels < MINIMUM_DISTINCT_LEVELS;
}

const alike = (roster: Roster) => alikeHistogram(histogramOf(roster));

/**
 * What comparing two rosters of the same statement reveals: the people whose state differs (in one
 * and not the other, or at another level), and whether those on each side are all at one level.
 * Costs the smaller roster's size, so a team is cheap to compare with the whole organization.
 */
export function compareRosters(a: Roster, b: Roster) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const same = [0, 0, 0, 0];
  let sameCount = 0;
  let inBoth = 0;
  for (const [id, level] of small) {
    const other = large.get(id);
    if (other === undefined) continue;
    inBoth += 1;
    if (other === level) {
      same[level - 1]! += 1;
      sameCount += 1;
    }
  }
  const side = (roster: Roster) => histogramOf(roster).map((count, index) => count - same[index]!);
  return {
    /** People, not entries: someone in both at another level counts once. */
    size: a.size + b.size - inBoth - sameCount,
    aAlike: alikeHistogram(side(a)),
    bAlike: alikeHistogram(side(b)),
    /** The people of `b` who differ, with their levels in `b`. */
    bSide: (): Roster => new Map([...b].filter(([id, level]) => a.get(id) !== level)),
  };
}

/** The people who differ between two rosters, with their levels on each side. */
export function difference(a: Roster, b: Roster) {
  return {
    size: compareRosters(a, b).size,
    a: compareRosters(b, a).bSide(),
    b: compareRosters(a, b).bSide(),
  };
}

/** The people an organization-against-teams comparison isolates, without copying them. */
export type Residual = {
  size: number;
  alike: boolean;
  /** The people and the level the organization counts them at (made only when needed). */
  people: () => Roster;
};

/**
 * The organization's figure against the sum of its teams' figures: the people in no team, and
 * those counted in several, differ (with the level the organization counts them at). Kept up to
 * date as figures are replaced, at the cost of the replaced team's people, so a night of five
 * hundred teams stays cheap.
 */
export class OrganizationSum {
  private readonly times = new Map<string, number>();
  private readonly teamLevel = new Map<string, number>();
  private organization: Roster | undefined;
  private residual = new Map<string, number>();
  private histogram = [0, 0, 0, 0];

  constructor(organization: Roster | undefined, teams: Iterable<Roster>) {
    for (const team of teams) this.count(team, 1);
    this.replaceOrganization(organization);
  }

  private count(team: Roster, sign: 1 | -1) {
    for (const [id, level] of team) {
      this.times.set(id, (this.times.get(id) ?? 0) + sign);
      if (sign === 1) this.teamLevel.set(id, level);
    }
  }

  private static differs(id: string, times: number, organization: Roster) {
    return times !== (organization.has(id) ? 1 : 0);
  }

  private residualOf(organization: Roster | undefined): Map<string, number> {
    const residual = new Map<string, number>();
    if (!organization) return residual;
    for (const id of new Set([...organization.keys(), ...this.times.keys()])) {
      if (OrganizationSum.differs(id, this.times.get(id) ?? 0, organization)) {
        residual.set(id, organization.get(id) ?? this.teamLevel.get(id)!);
      }
    }
    return residual;
  }

  private static view(residual: Roster): Residual {
    return { size: residual.size, alike: alike(residual), people: () => residual };
  }

  /** The difference with the organization's figure replaced. */
  withOrganization(organization: Roster): Residual {
    return OrganizationSum.view(this.residualOf(organization));
  }

  /** Who changes side when one team's figure is replaced (`before`: its newest, if any). */
  private changes(before: Roster | undefined, after: Roster, organization: Roster) {
    const changes: { id: string; level: number; inResidual: boolean }[] = [];
    for (const id of new Set([...(before?.keys() ?? []), ...after.keys()])) {
      const times = (this.times.get(id) ?? 0) - (before?.has(id) ? 1 : 0) + (after.has(id) ? 1 : 0);
      const inResidual = OrganizationSum.differs(id, times, organization);
      if (inResidual !== this.residual.has(id)) {
        changes.push({
          id,
          level: organization.get(id) ?? after.get(id) ?? this.teamLevel.get(id)!,
          inResidual,
        });
      }
    }
    return changes;
  }

  /** The difference with one team's figure replaced; null while the organization has no figure. */
  withTeam(before: Roster | undefined, after: Roster): Residual | null {
    const organization = this.organization;
    if (!organization) return null;
    const changes = this.changes(before, after, organization);
    const histogram = [...this.histogram];
    for (const change of changes) histogram[change.level - 1]! += change.inResidual ? 1 : -1;
    return {
      size: this.residual.size + changes.reduce((sum, change) => sum + (change.inResidual ? 1 : -1), 0),
      alike: alikeHistogram(histogram),
      people: () => {
        const residual = new Map(this.residual);
        for (const change of changes) {
          if (change.inResidual) residual.set(change.id, change.level);
          else residual.delete(change.id);
        }
        return residual;
      },
    };
  }

  replaceTeam(before: Roster | undefined, after: Roster) {
    if (this.organization) {
      for (const change of this.changes(before, after, this.organization)) {
        if (change.inResidual) this.residual.set(change.id, change.level);
        else this.residual.delete(change.id);
        this.histogram[change.level - 1]! += change.inResidual ? 1 : -1;
      }
    }
    if (before) this.count(before, -1);
    this.count(after, 1);
  }

  replaceOrganization(organization: Roster | undefined) {
    this.organization = organization;
    this.residual = this.residualOf(organization);
    this.histogram = [0, 0, 0, 0];
    for (const level of this.residual.values()) this.histogram[level - 1]! += 1;
  }
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

/**
 * Whether `candidate` may be published for a group and statement, given every figure of that
 * statement that is or was visible (`ownHistory`: this group's; `others`: other groups' that count
 * any of the same people, since two disjoint figures that each pass on their own tell nothing about
 * each other), the holds of the statement, and (`sum`) the organization's figure against the sum
 * of the teams' with the candidate in place. Rules that look only at who is counted come first:
 * refusing by them tells an onlooker nothing they could not work out. Rules that look at levels come
 * last, and a refusal by them holds back the people it found alike, so that no later figure can
 * combine that knowledge with their levels.
 */
export function decidePublication(options: {
  candidate: Roster;
  ownHistory: readonly Roster[];
  others: readonly Roster[];
  holds: readonly Roster[];
  sum: Residual | null;
  k: number;
}): Decision {
  const { candidate, ownHistory, others, holds, sum, k } = options;
  const refuse = (refusal: Refusal, hold?: Roster): Decision => ({ publish: false, refusal, hold });
  // Who is counted.
  if (candidate.size < k) return refuse("tooFew");
  if (holds.some((hold) => heldTogether(hold, candidate))) return refuse("held");
  const ownDiffs = ownHistory.map((earlier) => compareRosters(earlier, candidate));
  const otherDiffs = others.map((other) => compareRosters(other, candidate));
  const smallChange = (diff: { size: number }) => diff.size > 0 && diff.size < k;
  if (ownDiffs.some(smallChange)) return refuse("tooFewChanged");
  if (otherDiffs.some(smallChange)) return refuse("overlap");
  if (sum && sum.size > 0 && sum.size < k) return refuse("overlap");
  // Their levels.
  if (alike(candidate)) return refuse("tooAlike", candidate);
  for (const diff of ownDiffs) {
    if (diff.bAlike) return refuse("changesAlike", diff.bSide());
    if (diff.aAlike) return refuse("changesAlike");
  }
  for (const diff of otherDiffs) {
    if (diff.bAlike) return refuse("overlap", diff.bSide());
    if (diff.aAlike) return refuse("overlap");
  }
  if (sum && sum.alike) return refuse("overlap", sum.people());
  return { publish: true };
}

/** True when the newest own figure already says exactly this (nothing to publish). */
export function sameRoster(a: Roster | undefined, b: Roster): boolean {
  return a !== undefined && a.size === b.size && compareRosters(a, b).size === 0;
}
