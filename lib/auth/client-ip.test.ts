import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientIpFrom", () => {
  it("takes the address the nearest proxy saw: the last X-Forwarded-For entry", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.2" }))).toBe("10.0.0.2");
    expect(clientIpFrom(headers({ "x-forwarded-for": "2001:DB8::1" }))).toBe("2001:db8::1");
  });

  it("falls back to X-Real-IP, then to unknown", () => {
    expect(clientIpFrom(headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIpFrom(headers({}))).toBeNull();
  });

  it("ignores values that are not addresses (they would become database keys)", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "evil'; drop table" }))).toBeNull();
    expect(clientIpFrom(headers({ "x-forwarded-for": "1".repeat(100) }))).toBeNull();
  });
});
