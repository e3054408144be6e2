import { describe, expect, it } from "vitest";
import { PrivacyRequestSchema, SubscribeSchema } from "@/lib/features/newsletter/subscribe-schema";
import { csvCell, csvRow } from "@/lib/platform/text/csv";

const errorsOf = (input: Record<string, unknown>) => {
  const result = SubscribeSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the subscribe form", () => {
  it("takes an address, an optional name and a known source", () => {
    expect(SubscribeSchema.parse({ email: " Ada@Example.org ", name: " Ada ", source: "footer" })).toEqual({
      email: "ada@example.org",
      name: "Ada",
      source: "footer",
    });
    expect(SubscribeSchema.parse({ email: "ada@example.org", name: "", source: "somewhere-else" })).toEqual({
      email: "ada@example.org",
      name: null,
      source: "newsletter-page",
    });
  });

  it("names what is wrong with a bad address, a 10 kB name and a name with a line break", () => {
    expect(errorsOf({ email: "ada@example", name: "" })).toEqual({
      email: "Enter an email address like name@example.org.",
    });
    expect(errorsOf({ email: "ada@example.org", name: "x".repeat(10_000) })).toEqual({
      name: "Your name can be at most 100 characters.",
    });
    expect(errorsOf({ email: "ada@example.org", name: "Ada\r\nBcc: victim@example.org" })).toEqual({
      name: "Your name must be a single line of text.",
    });
  });

  it("asks which privacy request is meant", () => {
    expect(PrivacyRequestSchema.safeParse({ email: "ada@example.org" }).error?.issues[0]?.message).toBe(
      "Choose what you would like us to do.",
    );
  });
});

describe("CSV cells", () => {
  it("neutralize what a spreadsheet would run, and quote what CSV needs quoted", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\tx"].map(csvCell)).toEqual([
      '"\'=1+1"',
      '"\'+1"',
      '"\'-1"',
      '"\'@SUM(A1)"',
      '"\'\tx"',
    ]);
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(new Date("2031-01-15T09:00:00Z"))).toBe("2031-01-15T09:00:00.000Z");
    expect(csvRow(["a", "b"])).toBe("a,b\r\n");
  });
});
