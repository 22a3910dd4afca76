import { describe, expect, it } from "vitest";
import { isRatingStale } from "./staleness";

const ratedAt = new Date("2026-01-01T12:00:00Z");
const days = (n: number) => new Date(ratedAt.getTime() + n * 24 * 60 * 60 * 1000);

describe("isRatingStale", () => {
  it("is fresh within the refresh interval, up to and including its last moment", () => {
    expect(isRatingStale(ratedAt, 30, days(0))).toBe(false);
    expect(isRatingStale(ratedAt, 30, days(29))).toBe(false);
    expect(isRatingStale(ratedAt, 30, days(30))).toBe(false);
  });

  it("is stale once older than the interval (a month later)", () => {
    expect(isRatingStale(ratedAt, 30, new Date(days(30).getTime() + 1))).toBe(true);
    expect(isRatingStale(ratedAt, 30, days(31))).toBe(true);
  });

  it("follows the organization's own interval", () => {
    expect(isRatingStale(ratedAt, 7, days(8))).toBe(true);
    expect(isRatingStale(ratedAt, 90, days(60))).toBe(false);
  });
});
