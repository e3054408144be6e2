import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { newToken } from "@/lib/platform/security/tokens";
import { saveSprintReadiness } from "@/lib/features/registration/save-sprint-readiness";
import { registrationHousekeeping } from "@/lib/features/registration/registration-housekeeping";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { cancelRegistration } from "@/lib/features/registration/cancel-registration";
import { updateRegistrationAnswers } from "@/lib/features/registration/update-registration-answers";
import { storedAnswers } from "@/lib/features/registration/schemas";
import { dayPlan } from "@/lib/features/tables/reads/table-plan";
import { anAttendee } from "@/tests/fixtures/outcomes";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { outboxMail } from "@/tests/fixtures/outbox";
import { manualClock } from "@/tests/fixtures/test-clock";
import { FAILING, READY } from "@/tests/fixtures/test-run-outputs";
import { requestPrivacyAction } from "@/lib/features/privacy/privacy-requests";
import { erasePersonalData } from "@/lib/features/privacy/erase-personal-data";
import { newsletterLinks } from "@/tests/fixtures/newsletter";

const steps = { githubAccount: true, forkAndClone: true, virtualEnv: false };
const saved = (registrationId: string) => db().sprintReadiness.findUniqueOrThrow({ where: { registrationId } });

describe("Ready to sprint", () => {
  it("saves the checklist by manage link: the steps, then the verdict and Ran line of a paste, never the paste", async () => {
    const clock = manualClock("2031-04-20T10:00:00Z");
    const edition = await anEdition();
    const ada = await anAttendee(edition.id, "Ada");

    expect(await saveSprintReadiness(ada.token, { ...steps, testOutput: null }, clock)).toEqual({
      ok: true,
      testRun: "none",
      ranLine: null,
      resultLine: null,
    });
    expect(await saved(ada.id)).toMatchObject({ ...steps, testRun: "none", ranLine: null, testRunAt: null });

    clock.advance(60_000);
    expect(await saveSprintReadiness(ada.token, { ...steps, testOutput: FAILING.failures }, clock)).toEqual({
      ok: true,
      testRun: "failing",
      ranLine: "Ran 17250 tests in 318.001s",
      resultLine: "FAILED (failures=2, skipped=1238, expected failures=5)",
    });
    // A paste that gives no verdict saves nothing, and says what was missing.
    expect(
      await saveSprintReadiness(ada.token, { ...steps, virtualEnv: true, testOutput: "OK (skipped=3)\n" }, clock),
    ).toEqual({
      ok: false,
      problem: "test-output",
      reading: { problem: "no-ran-line" },
      current: { testRun: "failing", ranLine: "Ran 17250 tests in 318.001s" },
    });
    expect(await saved(ada.id)).toMatchObject({ virtualEnv: false, testRun: "failing" });

    clock.advance(60_000);
    await saveSprintReadiness(ada.token, { ...steps, virtualEnv: true, testOutput: READY.skippedAndExpected }, clock);
    // Saving the steps again without a paste keeps the verdict.
    await saveSprintReadiness(ada.token, { ...steps, virtualEnv: true, testOutput: null }, clock);
    const row = await saved(ada.id);
    expect(row).toEqual({
      registrationId: ada.id,
      githubAccount: true,
      forkAndClone: true,
      virtualEnv: true,
      testRun: "ready",
      ranLine: "Ran 17250 tests in 312.482s",
      testRunAt: new Date("2031-04-20T10:02:00Z"),
      updatedAt: new Date("2031-04-20T10:02:00Z"),
    });
  });

  it("goes with the person's data when they ask for erasure", async () => {
    const clock = manualClock("2031-04-20T10:00:00Z");
    const edition = await anEdition();
    const ada = await anAttendee(edition.id, "Ada");
    const bob = await anAttendee(edition.id, "Bob");
    await saveSprintReadiness(ada.token, { ...steps, testOutput: READY.plain }, clock);
    await saveSprintReadiness(bob.token, { ...steps, testOutput: null }, clock);
    await requestPrivacyAction("ada@example.org", "erase", clock);
    const [token] = await newsletterLinks("ada@example.org", "privacy");
    expect(await erasePersonalData(token!, clock)).toEqual({ ok: true });
    expect(await db().sprintReadiness.findMany({ select: { registrationId: true } })).toEqual([
      { registrationId: bob.id },
    ]);
  });

  it("refuses an invalid or expired link and a cancelled registration", async () => {
    const clock = manualClock("2031-04-20T10:00:00Z");
    const edition = await anEdition();
    const ada = await anAttendee(edition.id, "Ada");
    const input = { ...steps, testOutput: READY.plain };
    expect(await saveSprintReadiness("not-a-token", input, clock)).toEqual({ ok: false, problem: "invalid" });
    expect(await saveSprintReadiness(newToken().token, input, clock)).toEqual({ ok: false, problem: "invalid" });

    const { token, hash } = newToken();
    await db().registrationToken.create({
      data: {
        registrationId: ada.id,
        purpose: "manage",
        tokenHash: hash,
        expiresAt: clock.now(),
        createdAt: clock.now(),
      },
    });
    expect(await saveSprintReadiness(token, input, clock)).toEqual({ ok: false, problem: "expired" });

    expect(await cancelRegistration(ada.token, clock)).toEqual({ ok: true });
    expect(await saveSprintReadiness(ada.token, input, clock)).toEqual({ ok: false, problem: "not-active" });
    expect(await db().sprintReadiness.count()).toBe(0);
  });

  it("puts the checklist in the still-coming email of those not ready, with the steps they have left", async () => {
    const clock = manualClock("2031-04-20T10:00:00Z");
    const edition = await anEdition();
    const ready = await anAttendee(edition.id, "Ready Rita");
    const halfway = await anAttendee(edition.id, "Halfway Hal");
    await anAttendee(edition.id, "Never Ned");
    await saveSprintReadiness(ready.token, { ...steps, testOutput: READY.skipped }, clock);
    await saveSprintReadiness(halfway.token, { ...steps, testOutput: FAILING.errors }, clock);

    clock.set("2031-04-24T10:00:00Z");
    expect(await registrationHousekeeping(clock)).toMatchObject({ stillComingSent: 3 });
    const mails = await outboxMail({ where: { template: "registration-still-coming" } });
    const to = (name: string) => mails.find((mail) => mail.toName === name)!;
    expect(mails).toHaveLength(3);

    expect(to("Ready Rita").text).not.toContain("Ready to sprint?");
    expect(to("Ready Rita").html).not.toContain("Ready to sprint?");

    const hal = to("Halfway Hal");
    expect(hal.text).toContain("Ready to sprint?");
    expect(hal.text).toContain("- A virtual environment with the test requirements\n- The test suite runs");
    expect(hal.text).not.toContain("A GitHub account");
    expect(hal.text).toMatch(
      /paste the end of your \.\/runtests\.py output there: we check it for you\. http:\/\/localhost:\d+\/registrations\/manage\/[\w-]{43}/,
    );
    expect(hal.html).toContain("<li>The test suite runs</li>");

    const ned = to("Never Ned").text;
    for (const step of ["A GitHub account", "A fork and a clone of django/django", "The test suite runs"])
      expect(ned).toContain(`- ${step}`);
  });

  it("applies a start-over's 'I can help others set up' on confirmation, and lets people change it", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registerForEdition("pescara", aForm({ canHelpSetUp: true }), clock);
    expect(await db().registration.findFirstOrThrow()).toMatchObject({ canHelpSetUp: true });
    await confirmRegistration((await linksFor("ada@example.org", "confirm"))[0]!, clock);
    const manage = (await linksFor("ada@example.org", "manage"))[0]!;
    expect(await updateRegistrationAnswers(manage, storedAnswersOf({ canHelpSetUp: false }), clock)).toEqual({
      ok: true,
    });
    expect(await db().registration.findFirstOrThrow()).toMatchObject({ canHelpSetUp: false });
    await cancelRegistration(manage, clock);

    clock.advance(60_000);
    await registerForEdition("pescara", aForm({ canHelpSetUp: true }), clock);
    const pending = await db().registration.findFirstOrThrow();
    expect(pending).toMatchObject({ status: "pending", canHelpSetUp: false });
    expect(pending.pendingAnswers).toMatchObject({ canHelpSetUp: true });
    await confirmRegistration((await linksFor("ada@example.org", "confirm"))[0]!, clock);
    expect(await db().registration.findFirstOrThrow()).toMatchObject({
      status: "confirmed",
      canHelpSetUp: true,
      pendingAnswers: null,
    });
  });

  it("shows organizers each table's people with their checklist, and seats a newcomer who is not ready with a helper", async () => {
    const clock = manualClock("2031-04-20T10:00:00Z");
    const edition = await anEdition();
    const people = [];
    for (const name of ["Ana", "Ben", "Cai", "Dee", "Eva", "Fay", "Gil", "Hui", "Ian", "Jo"])
      people.push(await anAttendee(edition.id, name));
    const [, ben, cai] = people;
    await db().registration.updateMany({ where: { name: { in: ["Ana", "Ben"] } }, data: { experience: "team" } });
    await db().registration.updateMany({ where: { name: "Ana" }, data: { canHelpSetUp: true } });
    await saveSprintReadiness(ben!.token, { ...steps, testOutput: READY.plain }, clock);
    await saveSprintReadiness(cai!.token, { ...steps, testOutput: FAILING.both }, clock);

    const day = await dayPlan(edition.id, "2031-05-01");
    expect(day!.tables).toHaveLength(2);
    const seated = day!.tables.flatMap((table) => table.people.map((person) => ({ ...person, table: table.index })));
    const of = (name: string) => seated.find((person) => person.name === name)!;
    expect(of("Ben").readiness).toEqual({
      ...steps,
      testRun: "ready",
      ranLine: "Ran 17250 tests in 312.482s",
    });
    expect(of("Cai").readiness).toMatchObject({ testRun: "failing", ranLine: "Ran 17250 tests in 300.000s" });
    expect(of("Dee").readiness).toEqual({
      githubAccount: false,
      forkAndClone: false,
      virtualEnv: false,
      testRun: "none",
      ranLine: null,
    });
    // Every newcomer is not ready but Ben (who is on a team): the first-timers sit with Ana where the spread allows.
    const withAna = seated.filter((person) => person.table === of("Ana").table).map((person) => person.name);
    expect(withAna).toContain("Cai");
  });
});

function storedAnswersOf(overrides: Parameters<typeof aForm>[0]) {
  return storedAnswers(aForm(overrides));
}
