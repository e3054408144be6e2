import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { erasePersonalData } from "@/lib/features/privacy/erase-personal-data";
import { exportPersonalData, personalData } from "@/lib/features/privacy/export-personal-data";
import { requestPrivacyAction } from "@/lib/features/privacy/privacy-requests";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { newsletterLinks } from "@/tests/fixtures/newsletter";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

// An application's own data (its answer, the visa tick, when it was made) is in the person's
// copy of their data, and goes with them when they ask for their data to be erased.

describe("an application's data and privacy", () => {
  it("is in the applicant's copy of their data, and erased with them", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition({ capacity: 10 });
    await db().edition.update({
      where: { id: edition.id },
      data: {
        selection: "by_application",
        applicationDeadline: new Date("2031-03-01T11:00:00Z"),
        applicationQuestion: "What would you like to work on?",
      },
    });
    const form = aForm({ email: "ada@example.org", applicationAnswer: "Triaging ORM tickets", needsVisaLetter: true });
    expect(await registerForEdition("pescara", form, clock)).toEqual({ ok: true });
    expect(await confirmRegistration((await linksFor("ada@example.org", "confirm"))[0]!, clock)).toMatchObject({
      ok: true,
      status: "applied",
    });

    const copy = await personalData("ada@example.org");
    expect(copy.registrations).toEqual([
      expect.objectContaining({
        status: "applied",
        applicationAnswer: "Triaging ORM tickets",
        needsVisaLetter: true,
        appliedAt: clock.now(),
      }),
    ]);
    await requestPrivacyAction("ada@example.org", "export", clock);
    const [exportLink] = await newsletterLinks("ada@example.org", "privacy");
    expect(await exportPersonalData(exportLink!, clock)).toEqual({ ok: true });
    const [mail] = await db().outboxMessage.findMany({ where: { template: "privacy-export" } });
    expect(JSON.stringify(mail!.attachments)).toContain("Triaging ORM tickets");
    await db().privacyRequest.deleteMany();
    await db().outboxMessage.deleteMany({ where: { template: { in: ["privacy-export", "privacy-confirm"] } } });

    await requestPrivacyAction("ada@example.org", "erase", clock);
    const [eraseLink] = await newsletterLinks("ada@example.org", "privacy");
    expect(await erasePersonalData(eraseLink!, clock)).toEqual({ ok: true });
    expect(await db().registration.count({ where: { email: "ada@example.org" } })).toBe(0);
    expect((await personalData("ada@example.org")).registrations).toEqual([]);
  });
});
