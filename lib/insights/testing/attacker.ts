// The curious onlooker of ADR 014, as a solver: given exact level counts over known sets of unknown
// levels (everything a manager or HR read, with the worst-case assumption that they know exactly
// whose ratings each figure counts), which levels can one unknown still hold? An exhaustive search
// with pruning: fine for the dozen or so unknowns of an attack scenario.
//
// An unknown is one person's level during one stretch of time (`${membershipId}#${ratingId}`): a
// new rating starts a new unknown, since the onlooker may know when someone rated but not how.

export type Observation = {
  /** Whose levels the figure counts. */
  unknowns: readonly string[];
  /** People at each level, index 0 = level 1. */
  counts: readonly number[];
};

export type Knowledge = {
  observations: readonly Observation[];
  /** Levels the onlooker knows outright (ratings people share with their manager). */
  known?: ReadonlyMap<string, number>;
  /** Sets of unknowns the onlooker knows to be at one common level (read off a refusal). */
  alike?: readonly (readonly string[])[];
};

const LEVELS = [1, 2, 3, 4] as const;

/** Every level `target` can hold in some assignment that agrees with all the onlooker knows. */
export function possibleLevels(knowledge: Knowledge, target: string): Set<number> {
  const possible = new Set<number>();
  for (const level of LEVELS) if (consistent(knowledge, new Map([[target, level]]))) possible.add(level);
  return possible;
}

/** Whether some assignment agrees with everything, given some levels fixed. */
export function consistent(knowledge: Knowledge, fixed: ReadonlyMap<string, number>): boolean {
  const observations = knowledge.observations;
  const alike = knowledge.alike ?? [];
  const assigned = new Map<string, number>([...(knowledge.known ?? []), ...fixed]);
  for (const [id, level] of fixed) {
    const knownLevel = knowledge.known?.get(id);
    if (knownLevel !== undefined && knownLevel !== level) return false;
  }
  const variables = [
    ...new Set(
      [...observations.flatMap((o) => o.unknowns), ...alike.flat()].filter((id) => !assigned.has(id)),
    ),
  ];

  const feasible = () => {
    for (const observation of observations) {
      const seen = [0, 0, 0, 0];
      let open = 0;
      for (const id of observation.unknowns) {
        const level = assigned.get(id);
        if (level === undefined) open += 1;
        else seen[level - 1]! += 1;
      }
      let missing = 0;
      for (let index = 0; index < 4; index += 1) {
        const want = observation.counts[index] ?? 0;
        if (seen[index]! > want) return false;
        missing += want - seen[index]!;
      }
      if (missing !== open) return false;
    }
    for (const group of alike) {
      const levels = new Set(group.flatMap((id) => (assigned.has(id) ? [assigned.get(id)!] : [])));
      if (levels.size > 1) return false;
    }
    return true;
  };

  const search = (index: number): boolean => {
    if (!feasible()) return false;
    if (index === variables.length) return true;
    const id = variables[index]!;
    for (const level of LEVELS) {
      assigned.set(id, level);
      if (search(index + 1)) return true;
    }
    assigned.delete(id);
    return false;
  };
  return search(0);
}
