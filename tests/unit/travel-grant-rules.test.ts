import { describe, expect, it } from "vitest";
import {
  budgetAllowed,
  budgetLeft,
  grantRefusal,
  grantRequestsPurgeAt,
  MAX_BUDGET_EUROS,
  MAX_GRANT_EUROS,
} from "@/lib/features/travel-grants/rules";
import {
  GrantAskSchema,
  GrantPaidSchema,
  GrantSettingsSchema,
  RegistrationWithGrantSchema,
} from "@/lib/features/travel-grants/schemas";
import { aForm } from "@/tests/fixtures/registrations";

describe("granting within the budget", () => {
  it("grants up to what is left, and no more", () => {
    expect(grantRefusal(300, 300, 1000, 700)).toBeNull();
    expect(grantRefusal(301, 400, 1000, 700)).toBe("beyond-budget");
    expect(grantRefusal(1, 1, 0, 0)).toBe("beyond-budget");
  });
  it("never grants more than was asked, nor without a budget", () => {
    expect(grantRefusal(250, 200, 1000, 0)).toBe("beyond-asked");
    expect(grantRefusal(100, 200, null, 0)).toBe("no-budget");
  });
  it("says what is left, never below zero", () => {
    expect(budgetLeft(1000, 300)).toBe(700);
    expect(budgetLeft(null, 0)).toBe(0);
    expect(budgetLeft(100, 300)).toBe(0);
  });
  it("refuses a budget below what is granted, or absurdly large", () => {
    expect(budgetAllowed(700, 700)).toBe(true);
    expect(budgetAllowed(699, 700)).toBe(false);
    expect(budgetAllowed(MAX_BUDGET_EUROS + 1, 0)).toBe(false);
  });
});

describe("the amount and reason asked", () => {
  it("takes a positive whole number of euros up to the bound", () => {
    expect(GrantAskSchema.safeParse({ amount: " 350 ", reason: "Train from Lyon" }).data).toEqual({
      amount: 350,
      reason: "Train from Lyon",
    });
    for (const amount of ["0", "-5", "12.5", "1e3", "abc", "", String(MAX_GRANT_EUROS + 1)])
      expect(GrantAskSchema.safeParse({ amount, reason: "Train" }).success, amount).toBe(false);
    expect(GrantAskSchema.safeParse({ amount: String(MAX_GRANT_EUROS), reason: "Plane" }).success).toBe(true);
  });
  it("wants a reason of at most 1,000 characters", () => {
    expect(GrantAskSchema.safeParse({ amount: "100", reason: "  " }).success).toBe(false);
    expect(GrantAskSchema.safeParse({ amount: "100", reason: "x".repeat(1000) }).success).toBe(true);
    expect(GrantAskSchema.safeParse({ amount: "100", reason: "x".repeat(1001) }).success).toBe(false);
  });
  it("allows a zero budget but not a negative one", () => {
    expect(GrantSettingsSchema.safeParse({ open: "on", budget: "0" }).data).toEqual({ open: true, budget: 0 });
    expect(GrantSettingsSchema.safeParse({ budget: "-1" }).success).toBe(false);
  });
});

describe("the registration form's optional grant fields", () => {
  const form = { ...aForm(), afternoonActivities: "on", codeOfConduct: "on", interests: ["orm"] };
  it("asks nothing when both are empty", () => {
    const parsed = RegistrationWithGrantSchema.safeParse({ ...form, grantAmount: "", grantReason: "" });
    expect(parsed.data?.grantAsk).toBeNull();
  });
  it("asks when both are filled in", () => {
    const parsed = RegistrationWithGrantSchema.safeParse({ ...form, grantAmount: "200", grantReason: "Bus" });
    expect(parsed.data?.grantAsk).toEqual({ amount: 200, reason: "Bus" });
  });
  it("puts the error on the empty one", () => {
    const parsed = RegistrationWithGrantSchema.safeParse({ ...form, grantAmount: "200", grantReason: "" });
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([["grantReason"]]);
  });
});

describe("when requests are deleted", () => {
  it("is 6 months after the last day ends, at midnight at the venue", () => {
    // Last day 3 May 2031 in Rome (UTC+2): the day ends 4 May 00:00 there; 6 months on, 4 November (UTC+1).
    expect(grantRequestsPurgeAt({ endsOn: new Date("2031-05-03"), timeZone: "Europe/Rome" })).toEqual(
      new Date("2031-11-03T23:00:00Z"),
    );
    // 31 August + 6 months: the end of February.
    expect(grantRequestsPurgeAt({ endsOn: new Date("2031-08-31"), timeZone: "UTC" })).toEqual(
      new Date("2032-03-01T00:00:00Z"),
    );
  });
});

describe("the day a grant was paid", () => {
  it("takes a real day, and refuses impossible dates and unlikely years as a field error", () => {
    expect(GrantPaidSchema.safeParse({ paidOn: "2026-02-28" }).success).toBe(true);
    expect(GrantPaidSchema.safeParse({ paidOn: "2028-02-29" }).success).toBe(true);
    for (const paidOn of ["2026-02-30", "2026-02-29", "2026-13-01", "2026-04-31", "0001-01-01", "9999-12-31"]) {
      const parsed = GrantPaidSchema.safeParse({ paidOn });
      expect(parsed.success, paidOn).toBe(false);
      expect(parsed.error!.issues[0]!.path).toEqual(["paidOn"]);
    }
  });
});
