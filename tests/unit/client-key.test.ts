import { describe, expect, it } from "vitest";
import { clientKey } from "@/lib/platform/security/client-key";
import { clientAddress } from "@/lib/platform/security/rate-limit";

const from = (value: string) => clientAddress(new Headers({ "x-real-ip": value }), "x-real-ip");

describe("the key a client is counted by", () => {
  it("is an IPv4 address as it is, however an IPv6 peer spells it", () => {
    expect(from("203.0.113.7")).toBe("203.0.113.7");
    expect(from("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(from("::ffff:cb00:7107")).toBe("203.0.113.7");
  });

  it("is an IPv6 address's /64: a client cannot rotate through its own network for free", () => {
    const keys = ["2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:fffe", "2001:DB8:1:2:0:0:0:99"].map(from);
    expect(new Set(keys)).toEqual(new Set(["2001:db8:1:2::/64"]));
    expect(from("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
  });

  it("takes the last address of a list, the one the trusted proxy wrote", () => {
    expect(from("198.51.100.1, 2001:db8:9:9::5")).toBe("2001:db8:9:9::/64");
  });

  it("is nothing without a trusted proxy header, or without the header", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "203.0.113.7" }), undefined)).toBeNull();
    expect(clientAddress(new Headers(), "x-real-ip")).toBeNull();
  });

  it("counts a value that is not an address as it is, rather than not at all", () => {
    expect(clientKey(" Unknown ")).toBe("unknown");
  });
});
