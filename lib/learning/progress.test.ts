import { describe, expect, it } from "vitest";
import {
  computeProgress,
  isStatementComplete,
  nextItem,
  progressParts,
  totalMinutes,
  type LearnerRecord,
  type ProgressStatement,
} from "./progress";

const item = (id: string, revision = 1, hidden = false) => ({ id, revision, hidden });
const program: ProgressStatement[] = [
  { ...item("s1"), resources: [item("r1"), item("r2")] },
  { ...item("s2", 2), resources: [item("r3", 3)] },
  { ...item("s3"), resources: [] },
];
const record = (completions: [string, number][], ratings: [string, number][]): LearnerRecord => ({
  completions: new Map(completions),
  ratings: new Map(ratings),
});

describe("computeProgress", () => {
  it("counts resources done and statements rated against all visible items", () => {
    const progress = computeProgress(
      program,
      record(
        [
          ["r1", 1],
          ["r3", 3],
        ],
        [["s1", 1]],
      ),
    );
    expect(progress).toEqual({ done: 3, total: 6, percent: 50, complete: false });
  });

  it("is complete at 100 %, and only then", () => {
    const all = record(
      [
        ["r1", 1],
        ["r2", 1],
        ["r3", 3],
      ],
      [
        ["s1", 1],
        ["s2", 2],
        ["s3", 1],
      ],
    );
    expect(computeProgress(program, all)).toEqual({ done: 6, total: 6, percent: 100, complete: true });
    const almost = record(
      [
        ["r1", 1],
        ["r2", 1],
        ["r3", 3],
      ],
      [
        ["s1", 1],
        ["s2", 2],
      ],
    );
    expect(computeProgress(program, almost)).toMatchObject({ done: 5, percent: 83, complete: false });
  });

  it("does not count work recorded before a major edit raised the revision (the item reopens)", () => {
    const before = record(
      [
        ["r1", 1],
        ["r2", 1],
        ["r3", 2],
      ],
      [
        ["s1", 1],
        ["s2", 1],
        ["s3", 1],
      ],
    );
    expect(computeProgress(program, before)).toMatchObject({ done: 4, total: 6, complete: false });
  });

  it("leaves hidden statements, their resources and hidden resources out of both sides", () => {
    const withHidden: ProgressStatement[] = [
      { ...item("s1"), resources: [item("r1"), item("r2", 1, true)] },
      { ...item("s2", 1, true), resources: [item("r3")] },
    ];
    const done = record(
      [
        ["r1", 1],
        ["r2", 1],
        ["r3", 1],
      ],
      [
        ["s1", 1],
        ["s2", 1],
      ],
    );
    expect(computeProgress(withHidden, done)).toEqual({ done: 2, total: 2, percent: 100, complete: true });
  });

  it("is 0 % and not complete for a program with nothing visible", () => {
    expect(computeProgress([], record([], []))).toEqual({ done: 0, total: 0, percent: 0, complete: false });
  });
});

describe("nextItem", () => {
  it("leads to the first item not done in reading order: resources, then rating the statement", () => {
    expect(nextItem(program, record([], []))).toEqual({ kind: "resource", id: "r1" });
    expect(
      nextItem(
        program,
        record(
          [
            ["r1", 1],
            ["r2", 1],
          ],
          [],
        ),
      ),
    ).toEqual({ kind: "statement", id: "s1" });
    expect(
      nextItem(
        program,
        record(
          [
            ["r1", 1],
            ["r2", 1],
          ],
          [["s1", 1]],
        ),
      ),
    ).toEqual({ kind: "resource", id: "r3" });
  });

  it("is null when everything is done", () => {
    const all = record(
      [
        ["r1", 1],
        ["r2", 1],
        ["r3", 3],
      ],
      [
        ["s1", 1],
        ["s2", 2],
        ["s3", 1],
      ],
    );
    expect(nextItem(program, all)).toBeNull();
  });
});

describe("progress told apart, finished statements and the total time (issue 19)", () => {
  const minutes = (nb: number, en = nb) => ({ nb, en });
  const statements = [
    {
      rating: { level: 2 },
      resources: [
        { done: true, minutes: minutes(3, 4) },
        { done: true, minutes: minutes(5) },
      ],
    },
    { rating: null, resources: [{ done: true, minutes: minutes(2) }] },
    { rating: { level: 1 }, resources: [{ done: false, minutes: minutes(7) }] },
    { rating: { level: 3 }, resources: [] },
  ];

  it("counts resources read and statements rated separately", () => {
    expect(progressParts(statements)).toEqual({
      resources: { done: 3, total: 4 },
      statements: { rated: 3, total: 4 },
    });
    expect(progressParts([])).toEqual({
      resources: { done: 0, total: 0 },
      statements: { rated: 0, total: 0 },
    });
  });

  it("calls a statement finished only when every resource is read and it is rated", () => {
    expect(statements.map(isStatementComplete)).toEqual([true, false, false, true]);
  });

  it("adds up the resources' minutes in the reader's language", () => {
    expect(totalMinutes(statements, "nb")).toBe(17);
    expect(totalMinutes(statements, "en")).toBe(18);
    expect(totalMinutes([], "nb")).toBe(0);
  });
});
