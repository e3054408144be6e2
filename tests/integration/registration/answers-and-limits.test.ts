import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { allowAttempt, LIMITS } from "@/lib/security/rate-limit";
import { cancelRegistration } from "@/lib/services/cancel-registration";
import { confirmRegistration } from "@/lib/services/confirm-registration";
import { registerForEdition } from "@/lib/services/register-for-edition";
import { updateRegistrationAnswers } from "@/lib/services/update-registration-answers";
import { RegistrationAnswersSchema, RegistrationFormSchema } from "@/lib/validation/registration";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

describe("changing answers through the manage link", () => {
  it("saves new answers and keeps the person's status", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registerForEdition("pescara", aForm(), clock);
    await confirmRegistration((await linksFor("ada@example.org", "confirm"))[0]!, clock);
    const manage = (await linksFor("ada@example.org", "manage"))[0]!;
    const answers = RegistrationAnswersSchema.parse({ name: "Ada King", city: "Ockham", country: "UK", experience: "few", days: ["2031-05-02"], publicListing: "on" });

    expect(await updateRegistrationAnswers(manage, answers, clock)).toEqual({ ok: true });
    expect(await db().registration.findFirstOrThrow()).toMatchObject({ name: "Ada King", city: "Ockham", days: ["2031-05-02"], publicListing: true, status: "confirmed" });
    expect(await updateRegistrationAnswers(manage, { ...answers, days: ["2031-06-01"] }, clock)).toMatchObject({ ok: false, problem: "invalid-days" });

    await cancelRegistration(manage, clock);
    expect(await updateRegistrationAnswers(manage, answers, clock)).toEqual({ ok: false, problem: "not-active" });
  });
});

describe("the registration form's rules", () => {
  it("normalizes the address and rejects control characters and over-long text", () => {
    const base = { name: "Ada", email: "  Ada@Example.ORG ", city: "London", country: "UK", experience: "first", days: "2031-05-01", codeOfConduct: "on" };
    expect(RegistrationFormSchema.parse(base).email).toBe("ada@example.org");
    const bad = RegistrationFormSchema.safeParse({ ...base, name: "Ada\r\nBcc: eve@evil.example", hopes: "x".repeat(1001), codeOfConduct: undefined });
    expect(bad.success).toBe(false);
    const fields = bad.error!.issues.map((issue) => issue.path[0]);
    expect(fields.sort()).toEqual(["codeOfConduct", "hopes", "name"]);
  });
});

describe("rate limits", () => {
  it("allow a few attempts per email address, then refuse, with counters in the database", async () => {
    const { points } = LIMITS["register-email"];
    const results = [];
    for (let i = 0; i < points + 2; i += 1) results.push(await allowAttempt("register-email", "pescara:ada@example.org"));
    expect(results).toEqual([...Array(points).fill(true), false, false]);
    expect(await allowAttempt("register-email", "pescara:grace@example.org")).toBe(true);
    expect(await db().rateLimiterFlexible.count()).toBe(2);
  });
});
