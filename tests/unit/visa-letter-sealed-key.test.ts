import { beforeAll, describe, expect, it, vi } from "vitest";

// The local key file, as node:fs would read it: counted, and never written to the disk.
const files = vi.hoisted(() => ({ reads: 0, key: Buffer.alloc(32, 7).toString("base64") }));
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  return {
    ...fs,
    readFileSync: (file: string, ...rest: unknown[]) => {
      if (String(file).endsWith("data-encryption-key")) {
        files.reads += 1;
        return files.key;
      }
      return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
    },
  };
});

let sealed: typeof import("@/lib/platform/security/sealed-fields");

beforeAll(async () => {
  // A local site without DATA_ENCRYPTION_KEY: the key comes from .data/data-encryption-key.
  delete process.env.DATA_ENCRYPTION_KEY;
  process.env.SITE_URL = "http://localhost:3000";
  sealed = await import("@/lib/platform/security/sealed-fields");
});

describe("the local sealing key", () => {
  it("is read from its file once, not on every seal and open", () => {
    const texts = ["a", "b", "c"].map((value) => sealed.sealField(value, `visa-letter.passport:${value}`));
    expect(texts.map((text, index) => sealed.openField(text, `visa-letter.passport:${"abc"[index]}`))).toEqual([
      "a",
      "b",
      "c",
    ]);
    expect(files.reads).toBe(1);
  });
});
