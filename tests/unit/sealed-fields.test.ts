import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/platform/env";

const KEY = randomBytes(32).toString("base64");
let sealed: typeof import("@/lib/platform/security/sealed-fields");

beforeAll(async () => {
  process.env.DATA_ENCRYPTION_KEY = KEY; // read once, by the first env() call in this file's process
  sealed = await import("@/lib/platform/security/sealed-fields");
});

describe("sealed fields (AES-256-GCM under DATA_ENCRYPTION_KEY)", () => {
  it("opens what it sealed, and the sealed text holds no trace of the plaintext", () => {
    const text = sealed.sealField("X1234567 Łukasz Çağrı", "visa-letter.passport:r1");
    expect(text).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(text).not.toContain("X1234567");
    expect(Buffer.from(text.slice(3), "base64url").toString("latin1")).not.toContain("X1234567");
    expect(sealed.openField(text, "visa-letter.passport:r1")).toBe("X1234567 Łukasz Çağrı");
  });

  it("seals the same value differently each time (a fresh IV)", () => {
    expect(sealed.sealField("same", "b")).not.toBe(sealed.sealField("same", "b"));
  });

  it("refuses a value moved to another row or field", () => {
    const text = sealed.sealField("X1234567", "visa-letter.passport:r1");
    expect(() => sealed.openField(text, "visa-letter.passport:r2")).toThrow(sealed.SealedFieldError);
    expect(() => sealed.openField(text, "visa-letter.birthDate:r1")).toThrow(sealed.SealedFieldError);
  });

  it("refuses a tampered value and text that was never sealed", () => {
    const text = sealed.sealField("X1234567", "b");
    const flipped = text.slice(0, -2) + (text.at(-2) === "A" ? "B" : "A") + text.at(-1);
    expect(() => sealed.openField(flipped, "b")).toThrow(sealed.SealedFieldError);
    expect(() => sealed.openField("X1234567", "b")).toThrow(sealed.SealedFieldError);
    expect(() => sealed.openField("v1.abc", "b")).toThrow(sealed.SealedFieldError);
  });
});

describe("DATA_ENCRYPTION_KEY", () => {
  it("must be 32 bytes in base64", () => {
    expect(parseEnv({ DATA_ENCRYPTION_KEY: KEY }).dataEncryptionKey).toBe(KEY);
    expect(() => parseEnv({ DATA_ENCRYPTION_KEY: "too-short" })).toThrow(EnvError);
    expect(() => parseEnv({ DATA_ENCRYPTION_KEY: randomBytes(16).toString("base64") })).toThrow(
      /32 random bytes in base64/,
    );
  });
});
