import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Read from the code: a server action can be called directly, so each one checks the organizer
// itself, and the one way it does is organizerAction (lib/forms/organizer-action.ts).
const EXEMPT: Record<string, string> = {
  "app/admin/(area)/sign-out-action.ts": "signing out must work for someone whose organizer rights were just revoked",
};

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(dir, file))
    .filter((file) => /\.tsx?$/.test(file) && /^["']use server["'];?/m.test(readFileSync(file, "utf8")));
}

describe("the admin's server actions", () => {
  const files = serverActionFiles("app/admin");

  it("are found", () => {
    expect(files).toContain(path.join("app/admin/(area)/editions/[id]/registrations/actions.ts"));
  });

  it("are each built with organizerAction, which checks the organizer before anything else", () => {
    const offenders = files
      .filter((file) => !(file in EXEMPT))
      .flatMap((file) => {
        const exports = readFileSync(file, "utf8").match(/^export (?!type )[^\n]*/gm) ?? [];
        return exports
          .filter((line) => !/^export const \w+ = organizerAction\(/.test(line))
          .map((line) => `${file}: ${line}`);
      });
    expect(offenders).toEqual([]);
  });
});
