import { describe, expect, it } from "vitest";
import { isPerRequestPath } from "@/lib/platform/security/csp";
import { pageRoutes, someAddress } from "@/tests/fixtures/page-routes";

const pageAddresses = (under: string) => pageRoutes(under).map(someAddress);

describe("which pages get the nonce policy", () => {
  it("finds the pages it checks", () => {
    expect(pageAddresses("app/admin")).toContain("/admin/editions/some-id/registrations");
    expect(pageAddresses("app/(site)/(personal)")).toContain("/registrations/confirm/some-token");
  });

  it("gives it to every page rendered per request: the admin and the personal pages", () => {
    for (const address of [...pageAddresses("app/admin"), ...pageAddresses("app/(site)/(personal)")])
      expect([address, isPerRequestPath(address)]).toEqual([address, true]);
  });

  it("gives every cached public page the policy without one (a nonce would block its cached scripts)", () => {
    const personal = new Set(pageAddresses("app/(site)/(personal)"));
    const publicPages = pageAddresses("app/(site)").filter((address) => !personal.has(address));
    expect(publicPages).toContain("/editions/some-slug");
    for (const address of publicPages) expect([address, isPerRequestPath(address)]).toEqual([address, false]);
  });
});
