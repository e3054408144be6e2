import { describe, expect, it } from "vitest";
// Next's own reading of a proxy's matcher, as its build and its server apply it to each request.
import * as pageStaticInfo from "next/dist/build/analysis/get-page-static-info";
import type { ProxyMatcher } from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { NextRequest } from "next/server";
import { config, proxy } from "@/proxy";
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

  it("runs on any request with an Origin the browser does not call same-origin, so a cross-site write is refused", () => {
    const crossSite: Record<string, string>[] = [
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example", "sec-fetch-site": "same-site" },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site", "next-action": "some-id" },
      // A browser too old to send Sec-Fetch-Site: the proxy compares the Origin with the host.
      { origin: "https://evil.example" },
      { origin: "https://evil.example", "next-action": "some-id" },
    ];
    for (const address of addresses)
      for (const headers of crossSite)
        expect([address, headers, proxyRuns(address, headers)]).toEqual([address, headers, true]);
  });

  it("leaves a page script's server action to next.config.ts's data policy and Next's own Origin check", () => {
    const sameOrigin = { origin: "http://localhost:3000", "sec-fetch-site": "same-origin", "next-action": "some-id" };
    for (const address of addresses) {
      expect([address, proxyRuns(address, sameOrigin)]).toEqual([address, false]);
      expect([address, proxyRuns(address, { "next-action": "some-id" })]).toEqual([address, false]);
    }
  });

  it("runs on a same-origin form posted without JavaScript to a page rendered per request: its answer is that page", () => {
    const form = { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" };
    for (const address of addresses)
      expect([address, proxyRuns(address, form)]).toEqual([address, isPerRequestPath(address)]);
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

  it("gives a page rendered per request its nonce however its address is escaped", () => {
    for (const address of ["/admin/sign-in", "/%61dmin/sign-in", "/editions/some-slug/%72egister"]) {
      const policy = proxy(new NextRequest(`http://localhost:3000${address}`)).headers.get("content-security-policy");
      expect([address, policy]).toEqual([address, expect.stringMatching(/'nonce-[^']+'/)]);
    }
    const publicPolicy = proxy(new NextRequest("http://localhost:3000/editions/some-slug%2D2")).headers.get(
      "content-security-policy",
    );
    expect(publicPolicy).toContain("'unsafe-inline'");
  });
});
