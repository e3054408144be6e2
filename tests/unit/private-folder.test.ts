import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensurePrivateFolder } from "@/lib/platform/server/private-folder";

let scratch: string | undefined;
afterEach(() => scratch && rmSync(scratch, { recursive: true, force: true }));
const modeOf = (dir: string) => statSync(dir).mode & 0o777;

describe("the folders that hold personal data", () => {
  it("are created readable by their owner only, and an existing one is tightened", () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), "private-folder-"));
    const fresh = path.join(scratch, ".data", "pglite");
    ensurePrivateFolder(fresh);
    expect(modeOf(fresh)).toBe(0o700);
    const existing = path.join(scratch, "open");
    mkdirSync(existing, { mode: 0o755 });
    ensurePrivateFolder(existing);
    expect(modeOf(existing)).toBe(0o700);
  });
});
