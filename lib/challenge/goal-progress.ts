import { daysBetween } from "./challenge-dates";

export type GoalForProgress = { target: number; noCount: number; startsOn: string; endsOn: string };

export type GoalProgress = {
  count: number;
  target: number;
  /** 0–100, whole percent, capped at 100 (the count itself may pass the target). */
  percent: number;
  remaining: number;
  reached: boolean;
  phase: "upcoming" | "active" | "ended";
  /** Days left in the period, today included; 0 once it has ended. */
  daysLeft: number;
};

/** Where a person stands against their goal of "no"s on `today`. */
export function goalProgress(goal: GoalForProgress, today: string): GoalProgress {
  const count = Math.max(0, goal.noCount);
  const target = Math.max(1, goal.target);
  const phase = today < goal.startsOn ? "upcoming" : today > goal.endsOn ? "ended" : "active";
  return {
    count,
    target,
    percent: Math.min(100, Math.floor((count / target) * 100)),
    remaining: Math.max(0, target - count),
    reached: count >= target,
    phase,
    daysLeft:
      phase === "ended" ? 0 : daysBetween(phase === "upcoming" ? goal.startsOn : today, goal.endsOn) + 1,
  };
}
