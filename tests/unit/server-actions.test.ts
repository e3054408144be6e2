import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Read from the code. A server action can be called directly, so each admin action checks the
// organizer itself, and the one way it does is organizerAction (lib/platform/forms/organizer-action.ts);
// every other action is a publicAction (lib/platform/forms/public-action.ts), with its honeypot, limits and
// "try again" answer.
const EXEMPT: Record<string, string> = {
  "app/admin/(area)/sign-out-action.ts": "signing out must work for someone whose organizer rights were just revoked",
};

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(dir, file))
    .filter((file) => /\.tsx?$/.test(file) && /^["']use server["'];?/m.test(readFileSync(file, "utf8")));
}

function exportsNotBuiltWith(files: string[], wrapper: string): string[] {
  return files
    .filter((file) => !(file in EXEMPT))
    .flatMap((file) => {
      const exports = readFileSync(file, "utf8").match(/^export (?!type )[^\n]*/gm) ?? [];
      return exports
        .filter((line) => !new RegExp(`^export const \\w+ = ${wrapper}\\(`).test(line))
        .map((line) => `${file}: ${line}`);
    });
}

describe("the admin's server actions", () => {
  const files = serverActionFiles("app/admin");

  it("are found", () => {
    expect(files).toContain(path.join("app/admin/(area)/editions/[id]/registrations/actions.ts"));
  });

  it("are each built with organizerAction, which checks the organizer before anything else", () => {
    expect(exportsNotBuiltWith(files, "organizerAction")).toEqual([]);
  });
});

describe("the public site's server actions", () => {
  // app/bench holds the benchmarks' bare baselines, compiled only into benchmark builds.
  const files = serverActionFiles("app").filter((file) => !/^app\/(admin|bench)\//.test(file));

  it("are found, the buttons behind emailed links among them", () => {
    expect(files).toContain(path.join("app/(site)/(personal)/registrations/confirm/[token]/actions.ts"));
    expect(files).toContain(path.join("app/(site)/newsletter/actions.ts"));
  });

  it("are each built with publicAction", () => {
    expect(exportsNotBuiltWith(files, "publicAction")).toEqual([]);
  });
});

describe("the services", () => {
  // One failure shape, { ok: false, problem }: the words people read live in one wording file
  // per domain, never in a service.
  it("answer a failure with a problem code, never with words", () => {
    const offenders = readdirSync("lib/features", { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .map((file) => path.join("lib/features", file))
      .flatMap((file) =>
        (readFileSync(file, "utf8").match(/ok: false( as const)?, (message|reason)\b[^\n]*/g) ?? []).map(
          (line) => `${file}: ${line}`,
        ),
      );
    expect(offenders).toEqual([]);
  });
});
