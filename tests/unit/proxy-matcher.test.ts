import { describe, expect, it } from "vitest";
// Next's own reading of a proxy's matcher, as its build and its server apply it to each request.
import * as pageStaticInfo from "next/dist/build/analysis/get-page-static-info";
import type { ProxyMatcher } from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { config } from "@/proxy";
import { isPerRequestPath } from "@/lib/platform/security/csp";
import { pageRoutes, someAddress } from "@/tests/fixtures/page-routes";

// Exported by Next's build, though not in its type declarations.
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => ProxyMatcher[];
};
const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const proxyRuns = (address: string, headers: Record<string, string> = {}) =>
  matches(address, { headers } as never, {} as never);

const routeHandlers = [
  "/admin/editions/some-id/registrations/export.csv",
  "/admin/subscribers/export.csv",
  "/registrations/manage/some-token/certificate.pdf",
  "/newsletter/unsubscribe/some-token",
  "/api/auth/session",
  "/editions/some-slug/calendar.ics",
];
const addresses = [...pageRoutes("app").map(someAddress), ...routeHandlers];

describe("where the proxy runs", () => {
  it("finds the addresses it checks, of both kinds", () => {
    expect(addresses).toContain("/editions/some-slug");
    expect(addresses).toContain("/editions/some-slug/register");
    expect(addresses.filter(isPerRequestPath).length).toBeGreaterThan(10);
    expect(addresses.filter((address) => !isPerRequestPath(address)).length).toBeGreaterThan(5);
  });

  it("runs on a plain read exactly where the page is rendered per request, for its nonce", () => {
    for (const address of addresses)
      expect([address, proxyRuns(address)]).toEqual([address, isPerRequestPath(address)]);
  });

  it("runs on any request that carries an Origin, so that a cross-site write to any address is refused", () => {
    for (const address of addresses)
      expect([address, proxyRuns(address, { origin: "https://evil.example" })]).toEqual([address, true]);
  });

  it("runs on every server action, whose answer gets the data policy", () => {
    for (const address of addresses)
      expect([address, proxyRuns(address, { "next-action": "some-id" })]).toEqual([address, true]);
  });

  it("runs on any address with a %-escape, which may be malformed", () => {
    expect(proxyRuns("/editions/%E0%A4%A")).toBe(true);
    expect(proxyRuns("/%E0")).toBe(true);
    expect(proxyRuns("/editions/some-slug")).toBe(false);
  });

  it("never runs on the build's static files", () => {
    expect(proxyRuns("/_next/static/chunks/app.js", { origin: "https://example.org" })).toBe(false);
    expect(proxyRuns("/favicon.ico")).toBe(false);
  });
});
