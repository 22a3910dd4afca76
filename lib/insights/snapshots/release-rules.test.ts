import { describe, expect, it } from "vitest";
import { decidePublication, difference, heldTogether, OrganizationSum, type Roster } from "./release-rules";

const roster = (entries: Record<string, number>): Roster => new Map(Object.entries(entries));
const decide = (candidate: Roster, extra: Partial<Parameters<typeof decidePublication>[0]> = {}) =>
  decidePublication({ candidate, ownHistory: [], others: [], holds: [], sum: null, k: 3, ...extra });

describe("publishing a figure", () => {
  it("needs at least k people and two levels", () => {
    expect(decide(roster({ a: 1, b: 2 }))).toEqual({ publish: false, refusal: "tooFew" });
    expect(decide(roster({ a: 3, b: 3, c: 3 }))).toEqual({
      publish: false,
      refusal: "tooAlike",
      hold: roster({ a: 3, b: 3, c: 3 }),
    });
    expect(decide(roster({ a: 3, b: 3, c: 1 }))).toEqual({ publish: true });
  });

  it("replaces an earlier figure only when at least k people changed, and not all alike", () => {
    const earlier = roster({ a: 2, b: 3, c: 3, d: 3, e: 4 });
    const one = roster({ a: 2, b: 3, c: 3, d: 3, e: 4, t: 1 });
    expect(decide(one, { ownHistory: [earlier] })).toMatchObject({ refusal: "tooFewChanged" });
    const alike = roster({ a: 2, b: 3, c: 3, d: 3, e: 4, t: 1, u: 1, v: 1 });
    expect(decide(alike, { ownHistory: [earlier] })).toEqual({
      publish: false,
      refusal: "changesAlike",
      hold: roster({ t: 1, u: 1, v: 1 }),
    });
    const varied = roster({ a: 2, b: 3, c: 3, d: 3, e: 4, t: 1, u: 1, v: 2 });
    expect(decide(varied, { ownHistory: [earlier] })).toEqual({ publish: true });
    // Three people who left, all from one level, would show that level: refused (no hold: gone).
    const left = roster({ a: 2, e: 4, f: 1, g: 2, h: 3 });
    expect(
      decide(left, { ownHistory: [roster({ a: 2, b: 3, c: 3, d: 3, e: 4, f: 1, g: 2, h: 3 })] }),
    ).toEqual({
      publish: false,
      refusal: "changesAlike",
    });
  });

  it("counts a person who changed level once, not twice", () => {
    const earlier = roster({ a: 2, b: 3, c: 3, d: 1 });
    expect(decide(roster({ a: 3, b: 4, c: 3, d: 1 }), { ownHistory: [earlier] })).toEqual({
      publish: false,
      refusal: "tooFewChanged",
    });
    expect(decide(roster({ a: 3, b: 4, c: 2, d: 1 }), { ownHistory: [earlier] })).toEqual({ publish: true });
  });

  it("checks who is counted before levels, so a refusal by count tells nothing about levels", () => {
    const earlier = roster({ a: 2, b: 3, c: 3, d: 3 });
    // All alike AND too few changed: the count rule answers.
    expect(decide(roster({ a: 2, b: 3, c: 3, d: 3, t: 3 }), { ownHistory: [earlier] })).toEqual({
      publish: false,
      refusal: "tooFewChanged",
    });
  });

  it("refuses a group that differs from another by fewer than k people, or by people alike", () => {
    const a = roster({ t: 1, x: 2, y: 3, z: 4 });
    expect(decide(roster({ x: 2, y: 3, z: 4 }), { others: [a] })).toMatchObject({ refusal: "overlap" });
    expect(decide(roster({ x: 2, y: 3, z: 4, t: 1 }), { others: [a] })).toEqual({ publish: true });
    const b = roster({ x: 2, y: 3, z: 4, p: 1, q: 1, r: 1 });
    expect(decide(b, { others: [a] })).toEqual({
      publish: false,
      refusal: "overlap",
      hold: roster({ p: 1, q: 1, r: 1 }),
    });
  });

  it("refuses while two or more held people are still counted at the held levels", () => {
    const hold = roster({ t: 1, u: 1, v: 1 });
    const candidate = roster({ a: 2, b: 3, t: 1, u: 1, v: 1, w: 2 });
    expect(decide(candidate, { holds: [hold] })).toEqual({ publish: false, refusal: "held" });
    expect(heldTogether(hold, roster({ t: 3, u: 4, v: 1 }))).toBe(false);
    expect(decide(roster({ a: 2, b: 3, t: 3, u: 4, v: 1, w: 2 }), { holds: [hold] })).toEqual({
      publish: true,
    });
  });

  it("compares the organization with the sum of its teams", () => {
    const organization = roster({ t: 1, a: 2, b: 3, c: 4, d: 2, e: 3 });
    const p = roster({ a: 2, b: 3, c: 4 });
    const sum = new OrganizationSum(organization, [p]);
    // Team Q = {d, e} in place: the target, in no team, is all that differs.
    const withQ = sum.withTeam(undefined, roster({ d: 2, e: 3 }))!;
    expect([withQ.size, withQ.alike, withQ.people()]).toEqual([1, true, roster({ t: 1 })]);
    expect(decide(organization, { sum: withQ })).toMatchObject({ refusal: "overlap" });
    // Someone counted in two teams differs too; replacing a team moves the difference with it.
    sum.replaceTeam(undefined, roster({ d: 2, e: 3, a: 2 }));
    expect(sum.withTeam(undefined, roster({}))!.people()).toEqual(roster({ t: 1, a: 2 }));
    expect(sum.withTeam(undefined, roster({}))).toMatchObject({ size: 2, alike: false });
    sum.replaceTeam(roster({ d: 2, e: 3, a: 2 }), roster({ d: 2, e: 3, t: 1 }));
    expect(sum.withTeam(undefined, roster({}))).toMatchObject({ size: 0, alike: false });
    // A new organization figure is compared with the teams as they are.
    expect(sum.withOrganization(roster({ a: 2, b: 3, c: 4, d: 2, e: 3, t: 1, u: 4 })).people()).toEqual(
      roster({ u: 4 }),
    );
    expect(new OrganizationSum(undefined, [p]).withTeam(undefined, p)).toBeNull();
    expect(difference(roster({ a: 1 }), roster({ a: 1 })).size).toBe(0);
    expect(difference(roster({ a: 1, b: 2 }), roster({ a: 2 }))).toEqual({
      size: 2,
      a: roster({ a: 1, b: 2 }),
      b: roster({ a: 2 }),
    });
  });
});
