import { describe, expect, it } from "vitest";
import { proxyHeaderIn } from "@/lib/platform/security/forwarded";

const from = (headers: Record<string, string>) => proxyHeaderIn(new Headers({ host: "localhost:3000", ...headers }));

describe("a request that came through a proxy", () => {
  it("is told by any header a proxy or tunnel adds", () => {
    expect(from({ forwarded: "for=203.0.113.7;host=dotm.example.net;proto=https" })).toBe("Forwarded");
    expect(from({ "x-real-ip": "203.0.113.7" })).toBe("X-Real-IP");
    expect(from({ "x-real-ip": "127.0.0.1" })).toBe("X-Real-IP");
    expect(from({ "x-forwarded-host": "dotm.example.net" })).toBe("X-Forwarded-Host");
    expect(from({ "x-forwarded-for": "203.0.113.7" })).toBe("X-Forwarded-For");
    expect(from({ "x-forwarded-for": "127.0.0.1, 203.0.113.7" })).toBe("X-Forwarded-For");
    expect(from({ "x-forwarded-for": "2001:db8::7" })).toBe("X-Forwarded-For");
    expect(from({ "x-forwarded-for": "unknown" })).toBe("X-Forwarded-For");
    expect(from({ via: "1.1 proxy" })).toBe("Via");
    expect(from({ "cf-connecting-ip": "203.0.113.7" })).toBe("CF-Connecting-IP");
    expect(from({ "true-client-ip": "203.0.113.7" })).toBe("True-Client-IP");
    expect(from({ "x-forwarded-proto": "https" })).toBe("X-Forwarded-Proto");
  });

  it("is not told by what Next itself fills in for a direct request", () => {
    expect(from({})).toBeUndefined();
    expect(
      from({ "x-forwarded-host": "localhost:3000", "x-forwarded-for": "127.0.0.1", "x-forwarded-proto": "http" }),
    ).toBeUndefined();
    expect(from({ "x-forwarded-for": "::1" })).toBeUndefined();
    // Next's refetch after a server action's redirect: Host the listening address, the first Host kept.
    expect(from({ host: "127.0.0.1:3000", "x-forwarded-host": "localhost:3000" })).toBeUndefined();
    expect(from({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBeUndefined();
  });
});
