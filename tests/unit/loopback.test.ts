import { describe, expect, it } from "vitest";
import { isLoopbackHost, isLoopbackName } from "@/lib/platform/security/loopback";

describe("loopback names", () => {
  it("accept only names that reach this machine", () => {
    for (const name of ["localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "[0:0::1]"])
      expect(isLoopbackName(name)).toBe(true);
    for (const name of [
      "0.0.0.0",
      "::",
      "example.org",
      "localhost.example.org",
      "128.0.0.1",
      "192.168.1.2",
      "127.0.0.1.nip.io",
      "[::1]evil",
      "[::2]",
      "",
    ])
      expect(isLoopbackName(name)).toBe(false);
  });

  it("read a Host header with or without its port", () => {
    for (const host of [
      "localhost:3000",
      "LOCALHOST:3000",
      "Localhost",
      "127.0.0.1:3100",
      "127.255.0.9",
      "[::1]:3000",
      "[::1]",
      "[0:0:0:0:0:0:0:1]:3000",
      "localhost",
    ])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["example.org", "example.org:3000", "10.0.0.2:3000", "[fe80::1]:3000", "", null, undefined])
      expect(isLoopbackHost(host)).toBe(false);
  });

  it("refuse a Host header that only starts or ends like a loopback name", () => {
    for (const host of [
      "[::1]evil",
      "[::1]evil:3000",
      "[::1].evil.com",
      "localhost.evil.com",
      "localhost.evil.com:3000",
      "127.0.0.1.evil",
      "127.0.0.1.evil:3000",
      "evil.localhost.com",
      "localhost:3000.evil.com",
      "localhost:notaport",
      "localhost:99999",
      "evil.com@localhost",
      "localhost/evil",
      "localhost?evil",
      "localhost evil",
      "::1",
      "[::1",
    ])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
