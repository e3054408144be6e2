import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { allowAttempt, allowAttempts, forgetExpiredCounters, LIMITS } from "@/lib/platform/security/rate-limit";
import { cancelRegistration } from "@/lib/features/registration/cancel-registration";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { updateRegistrationAnswers } from "@/lib/features/registration/update-registration-answers";
import { RegistrationAnswersSchema, RegistrationFormSchema } from "@/lib/features/registration/schemas";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

describe("changing answers through the manage link", () => {
  it("saves new answers and keeps the person's status", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registerForEdition("pescara", aForm(), clock);
    await confirmRegistration((await linksFor("ada@example.org", "confirm"))[0]!, clock);
    const manage = (await linksFor("ada@example.org", "manage"))[0]!;
    const answers = RegistrationAnswersSchema.parse({
      name: "Ada King",
      city: "Ockham",
      country: "UK",
      experience: "few",
      days: ["2031-05-02"],
      publicListing: "on",
    });

    expect(await updateRegistrationAnswers(manage, answers, clock)).toEqual({ ok: true });
    expect(await db().registration.findFirstOrThrow()).toMatchObject({
      name: "Ada King",
      city: "Ockham",
      days: ["2031-05-02"],
      publicListing: true,
      status: "confirmed",
    });
    expect(await updateRegistrationAnswers(manage, { ...answers, days: ["2031-06-01"] }, clock)).toMatchObject({
      ok: false,
      problem: "invalid-days",
    });

    await cancelRegistration(manage, clock);
    expect(await updateRegistrationAnswers(manage, answers, clock)).toEqual({ ok: false, problem: "not-active" });
  });
});

describe("the registration form's rules", () => {
  it("normalizes the address and rejects control characters and over-long text", () => {
    const base = {
      name: "Ada",
      email: "  Ada@Example.ORG ",
      city: "London",
      country: "UK",
      experience: "first",
      days: "2031-05-01",
      codeOfConduct: "on",
    };
    expect(RegistrationFormSchema.parse(base).email).toBe("ada@example.org");
    const bad = RegistrationFormSchema.safeParse({
      ...base,
      name: "Ada\r\nBcc: eve@evil.example",
      hopes: "x".repeat(1001),
      codeOfConduct: undefined,
    });
    expect(bad.success).toBe(false);
    const fields = bad.error!.issues.map((issue) => issue.path[0]);
    expect(fields.sort()).toEqual(["codeOfConduct", "hopes", "name"]);
  });
});

describe("rate limits", () => {
  it("allow a few attempts per email address, then refuse, with counters in the database", async () => {
    const { points } = LIMITS["register-email"];
    const results = [];
    for (let i = 0; i < points + 2; i += 1)
      results.push(await allowAttempt("register-email", "pescara:ada@example.org"));
    expect(results).toEqual([...Array(points).fill(true), false, false]);
    expect(await allowAttempt("register-email", "pescara:grace@example.org")).toBe(true);
    expect(await db().rateLimiterFlexible.count()).toBe(2);
    const stored = await db().rateLimiterFlexible.findMany({ select: { key: true } });
    expect(stored.map((row) => row.key).join(" ")).not.toContain("ada");
  });

  it("count every key of an attempt in one go and refuse when any one is used up", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const { points } = LIMITS["register-email"];
    for (let i = 0; i < points; i += 1)
      expect(
        await allowAttempts(
          [
            ["register-address", "198.51.100.7"],
            ["register-email", "pescara:ada@example.org"],
          ],
          clock,
        ),
      ).toBe(true);
    expect(
      await allowAttempts(
        [
          ["register-address", "198.51.100.7"],
          ["register-email", "pescara:ada@example.org"],
        ],
        clock,
      ),
    ).toBe(false);
    // The address has its own, larger allowance: another email from it still gets through.
    expect(
      await allowAttempts(
        [
          ["register-address", "198.51.100.7"],
          ["register-email", "pescara:grace@example.org"],
        ],
        clock,
      ),
    ).toBe(true);
    // Without a trusted client address only the email is counted.
    expect(
      await allowAttempts(
        [
          ["register-address", null],
          ["register-email", "pescara:linus@example.org"],
        ],
        clock,
      ),
    ).toBe(true);
    expect(await db().rateLimiterFlexible.count()).toBe(4);
  });

  it("start a new window once the old one has passed, and housekeeping forgets ended windows", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const { points, duration } = LIMITS["register-email"];
    for (let i = 0; i < points; i += 1) await allowAttempt("register-email", "pescara:ada@example.org", clock);
    expect(await allowAttempt("register-email", "pescara:ada@example.org", clock)).toBe(false);
    clock.advance((duration - 1) * 1000);
    expect(await allowAttempt("register-email", "pescara:ada@example.org", clock)).toBe(false);
    expect(await forgetExpiredCounters(clock)).toEqual({ expiredCountersPurged: 0 });
    clock.advance(1000);
    expect(await forgetExpiredCounters(clock)).toEqual({ expiredCountersPurged: 1 });
    expect(await allowAttempt("register-email", "pescara:ada@example.org", clock)).toBe(true);
    clock.advance(duration * 1000);
    // An ended window that housekeeping has not reached yet starts over too.
    for (let i = 0; i < points; i += 1)
      expect(await allowAttempt("register-email", "pescara:ada@example.org", clock)).toBe(true);
    expect(await allowAttempt("register-email", "pescara:ada@example.org", clock)).toBe(false);
  });
});
