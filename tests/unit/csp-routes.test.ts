import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPerRequestPath } from "@/lib/security/csp";

/** Every page under `dir`, as the address it answers (route groups dropped, params filled in). */
function pageAddresses(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path.dirname(path.join(dir, file)).split(path.sep).slice(1);
      const visible = segments.filter((segment) => !/^\(.*\)$/.test(segment)).map((segment) => segment.replace(/^\[(?:\.\.\.)?(.+)\]$/, "some-$1"));
      return `/${visible.join("/")}`;
    });
}

describe("which pages get the nonce policy", () => {
  it("finds the pages it checks", () => {
    expect(pageAddresses("app/admin")).toContain("/admin/editions/some-id/registrations");
    expect(pageAddresses("app/(site)/(personal)")).toContain("/registrations/confirm/some-token");
  });

  it("gives it to every page rendered per request: the admin and the personal pages", () => {
    for (const address of [...pageAddresses("app/admin"), ...pageAddresses("app/(site)/(personal)")]) expect([address, isPerRequestPath(address)]).toEqual([address, true]);
  });

  it("gives every cached public page the policy without one (a nonce would block its cached scripts)", () => {
    const personal = new Set(pageAddresses("app/(site)/(personal)"));
    const publicPages = pageAddresses("app/(site)").filter((address) => !personal.has(address));
    expect(publicPages).toContain("/editions/some-slug");
    for (const address of publicPages) expect([address, isPerRequestPath(address)]).toEqual([address, false]);
  });
});
