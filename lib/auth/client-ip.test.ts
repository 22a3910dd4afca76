import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientAddress, clientIpFrom } from "./client-ip";

describe("clientAddress", () => {
  it("trusts no header without a trusted proxy: the socket's peer", () => {
    expect(
      clientAddress({ forwardedFor: "203.0.113.9", socketAddress: "198.51.100.7", trustedHops: 0 }),
    ).toBe("198.51.100.7");
    expect(clientAddress({ forwardedFor: undefined, socketAddress: "::ffff:10.0.0.5", trustedHops: 0 })).toBe(
      "10.0.0.5",
    );
  });

  it("takes the entry the outermost trusted proxy added; forged entries to its left change nothing", () => {
    const seen = (forwardedFor: string, trustedHops: number) =>
      clientAddress({ forwardedFor, socketAddress: "10.0.0.1", trustedHops });
    expect(seen("203.0.113.9", 1)).toBe("203.0.113.9");
    expect(seen("1.1.1.1, 2.2.2.2, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(seen("1.1.1.1, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    // More hops configured than entries: the leftmost there is.
    expect(seen("203.0.113.9", 5)).toBe("203.0.113.9");
    expect(
      clientAddress({ forwardedFor: ["1.1.1.1", "203.0.113.9"], socketAddress: "10.0.0.1", trustedHops: 1 }),
    ).toBe("203.0.113.9");
  });

  it("refuses what is not an address (it becomes a database key)", () => {
    expect(
      clientAddress({ forwardedFor: "evil'; drop table", socketAddress: "10.0.0.1", trustedHops: 1 }),
    ).toBeNull();
    expect(clientAddress({ forwardedFor: undefined, socketAddress: undefined, trustedHops: 0 })).toBeNull();
  });
});

describe("clientIpFrom", () => {
  it("reads only the header the server set", () => {
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: "2001:DB8::1" }))).toBe("2001:db8::1");
    expect(
      clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "198.51.100.4" })),
    ).toBeNull();
  });
});
