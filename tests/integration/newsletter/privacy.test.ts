import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { createAnnouncement, sendAnnouncement } from "@/lib/features/newsletter/announcements";
import { erasePersonalData } from "@/lib/features/privacy/erase-personal-data";
import { exportPersonalData } from "@/lib/features/privacy/export-personal-data";
import { submitHostProposal } from "@/lib/features/host-proposals/host-proposals";
import { requestPrivacyAction } from "@/lib/features/privacy/privacy-requests";
import { HostProposalSchema } from "@/lib/features/host-proposals/schemas";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { newsletterLinks, rowsContaining } from "@/tests/fixtures/newsletter";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

const organizer = { email: "organizer@example.org", name: null };

const proposal = (email: string) =>
  HostProposalSchema.parse({
    city: "Split",
    country: "Croatia",
    name: "Ada",
    email,
    why: "Sea",
    venue: "Library",
    travel: "Ferry",
    season: "October",
  });

async function registeredAndConfirmed(email: string, clock: ReturnType<typeof manualClock>) {
  await registerForEdition("pescara", aForm({ email, newsletterOptIn: true }), clock);
  await confirmRegistration((await linksFor(email, "confirm"))[0]!, clock);
}

describe("a subscriber's data", () => {
  it("is emailed to the address as JSON once its owner confirms the request", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registeredAndConfirmed("ada@example.org", clock);
    await submitHostProposal(proposal("ada@example.org"), clock);
    expect(await requestPrivacyAction("ada@example.org", "export", clock)).toBe("sent");
    const [token] = await newsletterLinks("ada@example.org", "privacy");

    expect(await erasePersonalData(token!, clock)).toEqual({ ok: false, problem: "wrong-kind" });
    expect(await exportPersonalData(token!, clock)).toEqual({ ok: true });
    expect(await exportPersonalData(token!, clock)).toEqual({ ok: false, problem: "used" });

    const mail = await db().outboxMessage.findFirstOrThrow({ where: { template: "privacy-export" } });
    expect(mail.toAddress).toBe("ada@example.org");
    const [attachment] = mail.attachments as { filename: string; content: string }[];
    const data = JSON.parse(attachment!.content);
    expect(data.newsletter.status).toBe("confirmed");
    expect(data.newsletter.consents.map((c: { source: string }) => c.source)).toEqual(["registration", "registration"]);
    expect(data.registrations).toHaveLength(1);
    expect(data.registrations[0]).toMatchObject({
      name: "Ada Lovelace",
      city: "London",
      status: "confirmed",
      edition: { name: expect.any(String) },
    });
    expect(data.emailsSent.map((m: { subject: string }) => m.subject)).toContainEqual(
      expect.stringMatching(/^Confirm your registration for /),
    );
    expect(data.hostProposals).toEqual([
      expect.objectContaining({ city: "Split", why: "Sea", email: "ada@example.org" }),
    ]);
  });

  it("is erased everywhere once its owner confirms, and the place they held goes to the waiting list", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition({ capacity: 1 });
    await registeredAndConfirmed("ada@example.org", clock);
    await registeredAndConfirmed("next@example.org", clock);
    await sendAnnouncement(
      organizer,
      (await createAnnouncement(organizer, { subject: "News", body: "News" }, clock)).id,
      clock,
    );
    await submitHostProposal(proposal("ada@example.org"), clock);
    expect(new Set((await rowsContaining("ada@example.org")).map((r) => r.table))).toEqual(
      new Set(["Registration", "Subscriber", "OutboxMessage", "HostProposal"]),
    );

    await requestPrivacyAction("ada@example.org", "erase", clock);
    const [token] = await newsletterLinks("ada@example.org", "privacy");
    expect(await erasePersonalData(token!, clock)).toEqual({ ok: true });

    expect(await rowsContaining("ada@example.org")).toEqual([]);
    const next = await db().registration.findFirstOrThrow({ where: { email: "next@example.org" } });
    expect(next.status).toBe("offered");
    expect(await erasePersonalData(token!, clock)).toEqual({ ok: false, problem: "invalid" });
  });

  it("is erased in one transaction: a failure part-way leaves the place, the waiting list and the request as they were", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition({ capacity: 1 });
    await registeredAndConfirmed("ada@example.org", clock);
    await registeredAndConfirmed("next@example.org", clock);
    await submitHostProposal(proposal("ada@example.org"), clock);
    await requestPrivacyAction("ada@example.org", "erase", clock);
    const [token] = await newsletterLinks("ada@example.org", "privacy");
    const offersBefore = await db().outboxMessage.count({ where: { template: "registration-offer" } });

    // The database refuses the erasure's last step, as a failing disk or a bug would.
    await db().$executeRawUnsafe(
      `CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$`,
    );
    await db().$executeRawUnsafe(
      `CREATE TRIGGER refuse_delete BEFORE DELETE ON "HostProposal" FOR EACH ROW EXECUTE FUNCTION refuse_delete()`,
    );
    try {
      await expect(erasePersonalData(token!, clock)).rejects.toThrow(/refused for the test/);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER refuse_delete ON "HostProposal"`);
      await db().$executeRawUnsafe(`DROP FUNCTION refuse_delete()`);
    }
    expect((await db().registration.findFirstOrThrow({ where: { email: "ada@example.org" } })).status).toBe(
      "confirmed",
    );
    expect((await db().registration.findFirstOrThrow({ where: { email: "next@example.org" } })).status).toBe(
      "waitlisted",
    );
    expect(await db().outboxMessage.count({ where: { template: "registration-offer" } })).toBe(offersBefore);
    // Nothing was spent: the same link erases everything once the fault is gone.
    expect(await erasePersonalData(token!, clock)).toEqual({ ok: true });
    expect(await rowsContaining("ada@example.org")).toEqual([]);
    expect((await db().registration.findFirstOrThrow({ where: { email: "next@example.org" } })).status).toBe("offered");
  });

  it("answers every address alike and mails any one address at most twice an hour", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => requestPrivacyAction("nobody@example.org", "erase", clock)),
    );
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(2);
    expect(await db().outboxMessage.count({ where: { toAddress: "nobody@example.org" } })).toBe(2);
    const [token] = await newsletterLinks("nobody@example.org", "privacy");
    clock.advance(25 * 60 * 60_000);
    expect(await erasePersonalData(token!, clock)).toEqual({ ok: false, problem: "expired" });
  });
});
