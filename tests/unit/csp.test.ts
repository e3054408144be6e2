import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, publicPagePolicy } from "@/lib/platform/security/csp";

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the request's nonce and forbids framing", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("lets a cached public page run its inline scripts, and keeps everything else as strict", () => {
    const policy = publicPagePolicy();
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain("nonce-");
    expect(policy).not.toContain("unsafe-eval");
    const strict = contentSecurityPolicy("n")
      .split("; ")
      .filter((directive) => !directive.startsWith("script-src"));
    expect(policy.split("; ").filter((directive) => !directive.startsWith("script-src"))).toEqual(strict);
  });

  it("lets the challenge widget start its workers from blob: URLs under both policies", () => {
    for (const policy of [contentSecurityPolicy("n"), publicPagePolicy()])
      expect(policy.split("; ")).toContain("worker-src 'self' blob:");
  });

  it("allows eval only for the development server", () => {
    expect(contentSecurityPolicy("n", { dev: true })).toContain("'unsafe-eval'");
  });

  it("makes a new nonce every time", () => {
    expect(newNonce()).not.toBe(newNonce());
  });
});
