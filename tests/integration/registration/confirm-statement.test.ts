import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { newToken } from "@/lib/platform/security/tokens";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { anEdition, seedRegistrations } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";
import { countedStatements as counted } from "@/tests/fixtures/counted-statements";

// Pressing Confirm is one statement (registration_confirm): the link's lookup, its checks and the
// seat statement in one call, written with the edition the call expects. These check the one
// call, and that an edition other than the expected one, or one changed since, still gets its
// own emails.

const mailTo = (email: string) =>
  db().outboxMessage.findFirstOrThrow({ where: { toAddress: email, template: "registration-confirmed" } });
const editionNameIn = async (email: string) => ((await mailTo(email)).data as { editionName: string }).editionName;

describe("Confirm as one statement", () => {
  it("sends one statement per press once it knows the edition, and three for an edition it does not", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const first = await anEdition({ slug: "first" });
    const second = await db().edition.update({
      where: { id: (await anEdition({ slug: "second" })).id },
      data: { name: "Django on the Med: Second" },
    });
    const [a, b] = await seedRegistrations(first.id, 2, "pending", clock.now(), "first");
    const [c] = await seedRegistrations(second.id, 1, "pending", clock.now(), "second");

    const sql = counted();
    expect(await confirmRegistration(a!, clock, sql)).toEqual({ ok: true, status: "confirmed" });
    sql.sent.length = 0;
    expect(await confirmRegistration(b!, clock, sql)).toEqual({ ok: true, status: "confirmed" });
    expect(sql.sent).toHaveLength(1);
    expect(sql.sent[0]).toMatch(/registration_confirm\(/);

    // Another edition's link: the call names the edition, which is read, and the call made again.
    sql.sent.length = 0;
    expect(await confirmRegistration(c!, clock, sql)).toEqual({ ok: true, status: "confirmed" });
    expect(sql.sent.map((text) => /registration_confirm\(|FROM "Edition"/.exec(text)?.[0])).toEqual([
      "registration_confirm(",
      'FROM "Edition"',
      "registration_confirm(",
    ]);
    expect(await editionNameIn("first1@example.org")).toBe("Django on the Med: Pescara");
    expect(await editionNameIn("second0@example.org")).toBe("Django on the Med: Second");
  });

  it("refuses a manage link pressed as a confirmation, and spends nothing", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition({ slug: "manage" });
    const [confirmLink] = await seedRegistrations(edition.id, 1, "pending", clock.now(), "manage");
    const registration = await db().registration.findFirstOrThrow({ where: { email: "manage0@example.org" } });
    const { token, hash } = newToken();
    await db().registrationToken.create({
      data: {
        registrationId: registration.id,
        purpose: "manage",
        tokenHash: hash,
        expiresAt: new Date("2031-06-01"),
        createdAt: clock.now(),
      },
    });
    expect(await confirmRegistration(token, clock)).toEqual({ ok: false, problem: "invalid" });
    expect(await confirmRegistration(confirmLink!, clock)).toEqual({ ok: true, status: "confirmed" });
  });

  it("writes each email with its own edition, as it is when the person confirms", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const pescara = await anEdition({ slug: "pescara" });
    const other = await db().edition.create({
      data: {
        ...(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest)(pescara),
        slug: "split",
        name: "Django on the Med: Split",
        startsOn: new Date("2031-09-10"),
        endsOn: new Date("2031-09-12"),
      },
    });
    const [p0, p1, p2] = await seedRegistrations(pescara.id, 3, "pending", clock.now(), "pescara");
    const [s0] = await seedRegistrations(other.id, 1, "pending", clock.now(), "split");

    await confirmRegistration(p0!, clock);
    await confirmRegistration(s0!, clock);
    expect(await editionNameIn("pescara0@example.org")).toBe("Django on the Med: Pescara");
    expect(await editionNameIn("split0@example.org")).toBe("Django on the Med: Split");
    expect(((await mailTo("split0@example.org")).data as { dates: string }).dates).toMatch(/10.+12 September 2031/);

    // Renamed and moved between two presses on its links: the next email says what the edition is now.
    await confirmRegistration(p2!, clock);
    expect(await editionNameIn("pescara2@example.org")).toBe("Django on the Med: Pescara");
    await db().edition.update({
      where: { id: pescara.id },
      data: { name: "Django on the Med: Pescara (moved)", endsOn: new Date("2031-05-04") },
    });
    expect(await confirmRegistration(p1!, clock)).toEqual({ ok: true, status: "confirmed" });
    expect(await editionNameIn("pescara1@example.org")).toBe("Django on the Med: Pescara (moved)");
    expect(((await mailTo("pescara1@example.org")).data as { dates: string }).dates).toMatch(/1.+4 May 2031/);
  });

  it("takes the venue's calendar where its clocks skip midnight: over when the day after begins there", async () => {
    // Chile moved its clocks from 00:00 to 01:00 on 8 September 2024: the 7th ended at 04:00 UTC.
    const clock = manualClock("2024-09-06T12:00:00Z");
    const pescara = await anEdition({ slug: "santiago" });
    const edition = await db().edition.update({
      where: { id: pescara.id },
      data: { timeZone: "America/Santiago", startsOn: new Date("2024-09-05"), endsOn: new Date("2024-09-07") },
    });
    const [before, after] = await seedRegistrations(edition.id, 2, "pending", clock.now(), "santiago");
    clock.set("2024-09-08T03:59:59.999Z");
    expect(await confirmRegistration(before!, clock)).toEqual({ ok: true, status: "confirmed" });
    clock.set("2024-09-08T04:00:00.000Z");
    expect(await confirmRegistration(after!, clock)).toEqual({ ok: false, problem: "edition-over" });
  });

  it("refuses a link from midnight at the venue after the edition's last day, and not a second before", async () => {
    // Europe/Rome is UTC+2 in May: midnight after 3 May is 22:00 UTC.
    const clock = manualClock("2031-05-03T10:00:00Z");
    const edition = await anEdition({ slug: "ending" });
    const [before, after] = await seedRegistrations(edition.id, 2, "pending", clock.now(), "ending");
    clock.set("2031-05-03T21:59:59.999Z");
    expect(await confirmRegistration(before!, clock)).toEqual({ ok: true, status: "confirmed" });
    clock.set("2031-05-03T22:00:00.000Z");
    expect(await confirmRegistration(after!, clock)).toEqual({ ok: false, problem: "edition-over" });
    expect((await db().registration.findFirstOrThrow({ where: { email: "ending1@example.org" } })).status).toBe(
      "pending",
    );
  });
});
