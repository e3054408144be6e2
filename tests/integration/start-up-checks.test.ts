import { spawnSync } from "node:child_process";
import path from "node:path";
import { closedPort } from "@/tests/fixtures/ports";
import { describe, expect, it } from "vitest";

function prepareDatabase(env: Record<string, string>) {
  const result = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/prepare-database.ts", "--check-only"], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe("start-up checks", () => {
  it("stop with one message naming each bad variable", () => {
    const { code, stderr } = prepareDatabase({ DATABASE_URL: "mysql://localhost/db", SITE_URL: "not a url" });
    expect(code).toBe(1);
    expect(stderr).toContain("Invalid environment");
    expect(stderr).toContain("DATABASE_URL");
    expect(stderr).toContain("SITE_URL");
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("refuse a public site that has not said where the client's address comes from", () => {
    const site = {
      SITE_URL: "https://djangoonthemed.example",
      SMTP_URL: "smtp://mail.example.org",
      NEXTAUTH_SECRET: "s".repeat(32),
    };
    const { code, stderr } = prepareDatabase(site);
    expect(code).toBe(1);
    expect(stderr).toContain("TRUSTED_PROXY_HEADER: required when SITE_URL is not local");
    expect(stderr).not.toMatch(/\n\s+at /);
    const retired = prepareDatabase({ ...site, TRUSTED_PROXY_HEADER: "none", PUBLIC_MAIL_PER_HOUR: "300" });
    expect(retired.code).toBe(1);
    expect(retired.stderr).toContain("PUBLIC_MAIL_PER_HOUR: no longer read");
  });

  it("explain an unreachable database without a stack trace or its password", async () => {
    const port = await closedPort();
    const { code, stderr } = prepareDatabase({ DATABASE_URL: `postgresql://app:s3cret@127.0.0.1:${port}/dotm` });
    expect(code).toBe(1);
    expect(stderr).toContain(
      `Cannot reach the database (PostgreSQL at 127.0.0.1:${port}/dotm): nothing is listening there.`,
    );
    expect(stderr).not.toContain("s3cret");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
