import { describe, expect, it } from "vitest";
import { isLoopbackHost, isLoopbackName } from "@/lib/security/loopback";

describe("loopback names", () => {
  it("accept only names that reach this machine", () => {
    for (const name of ["localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1", "[::1]"])
      expect(isLoopbackName(name)).toBe(true);
    for (const name of [
      "0.0.0.0",
      "::",
      "example.org",
      "localhost.example.org",
      "128.0.0.1",
      "192.168.1.2",
      "127.0.0.1.nip.io",
    ])
      expect(isLoopbackName(name)).toBe(false);
  });

  it("read a Host header with or without its port", () => {
    for (const host of ["localhost:3000", "127.0.0.1:3100", "[::1]:3000", "localhost"])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["example.org", "example.org:3000", "10.0.0.2:3000", "[fe80::1]:3000", "", null, undefined])
      expect(isLoopbackHost(host)).toBe(false);
  });
});
