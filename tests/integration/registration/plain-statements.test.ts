import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db, statements } from "@/lib/platform/db";
import { readRegistrationEditionFor, registrationEditionColumns } from "@/lib/features/registration/edition-columns";
import { lookUpToken } from "@/lib/features/registration/token-lookup";
import { cancelRegistration } from "@/lib/features/registration/cancel-registration";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { readForRegistration, registerForEdition } from "@/lib/features/registration/register-for-edition";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";
import { oneOutboxMail } from "@/tests/fixtures/outbox";
import { countedStatements } from "@/tests/fixtures/counted-statements";

// The registration paths write and read with plain SQL on the driver; Prisma reads the same rows
// everywhere else. These check that both see the same values, in a process whose time zone is
// far from UTC (a driver reading a timestamp column in local time would shift it by hours).
describe("plain statements on the registration paths", () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = "Pacific/Auckland";
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("write a registration that Prisma reads back exactly as typed, at the clock's instants", async () => {
    const clock = manualClock("2031-02-01T10:00:00.123Z");
    const edition = await anEdition();
    const form = aForm({
      affiliation: "Team Ö",
      hopes: 'Tickets, "docs" & more',
      dietary: "vegetarian",
      interests: ["orm", "async"],
      days: ["2031-05-02"],
      publicListing: true,
      githubUsername: "ada-l",
    });
    await registerForEdition("pescara", form, clock);

    const saved = await db().registration.findFirstOrThrow({ where: { editionId: edition.id } });
    const { email: _email, codeOfConduct: _coc, website: _website, ...answers } = form;
    expect(saved).toMatchObject({ ...answers, email: "ada@example.org", status: "pending" });
    expect(saved.createdAt.toISOString()).toBe("2031-02-01T10:00:00.123Z");
    expect(saved.codeOfConductAt.toISOString()).toBe("2031-02-01T10:00:00.123Z");
    expect(saved.pendingExpiresAt!.getTime()).toBeGreaterThan(clock.now().getTime());
    const token = await db().registrationToken.findFirstOrThrow({
      where: { registrationId: saved.id, purpose: "confirm" },
    });
    expect(token.createdAt.toISOString()).toBe("2031-02-01T10:00:00.123Z");
    expect(token.expiresAt.toISOString()).toBe(saved.pendingExpiresAt!.toISOString());
  });

  it("read an edition and a link's registration as Prisma reads them", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registerForEdition("pescara", aForm(), clock);
    const [confirmToken] = await linksFor("ada@example.org", "confirm");

    const viaPrisma = await db().edition.findFirstOrThrow({
      where: { slug: "pescara" },
      select: registrationEditionColumns,
    });
    const ada = await db().registration.findFirstOrThrow({
      select: { id: true, name: true, email: true, status: true },
    });
    expect(await readRegistrationEditionFor(statements(), "pescara", "ada@example.org")).toEqual({
      edition: viaPrisma,
      earlier: ada,
    });
    expect(await readRegistrationEditionFor(statements(), "pescara", "grace@example.org")).toEqual({
      edition: viaPrisma,
      earlier: undefined,
    });
    expect(await readRegistrationEditionFor(statements(), "atlantis", "ada@example.org")).toBeUndefined();

    const found = await lookUpToken(statements(), confirmToken!, "confirm", clock.now());
    const registration = await db().registration.findFirstOrThrow({
      select: {
        id: true,
        status: true,
        name: true,
        email: true,
        city: true,
        country: true,
        affiliation: true,
        experience: true,
        interests: true,
        hopes: true,
        days: true,
        dietary: true,
        accessibility: true,
        afternoonActivities: true,
        publicListing: true,
        canHelpSetUp: true,
        newsletterOptIn: true,
        githubUsername: true,
        waitlistedAt: true,
        waitlistNumber: true,
        offerExpiresAt: true,
        pendingExpiresAt: true,
        acceptedAt: true,
        edition: { select: registrationEditionColumns },
      },
    });
    expect(found).toEqual({ ok: true, tokenId: expect.any(String), registration });
  });

  it("start a cancelled registration over with none of the old dates, its new answers waiting for the owner's confirmation", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registerForEdition("pescara", aForm(), clock);
    await confirmRegistration((await linksFor("ada@example.org", "confirm"))[0]!, clock);
    await cancelRegistration((await linksFor("ada@example.org", "manage"))[0]!, clock);

    clock.advance(60_000);
    // Anyone can type the address: until its owner confirms, the name others see stays.
    await registerForEdition(
      "pescara",
      aForm({
        name: "Ada King",
        city: "Ockham",
        interests: ["orm"],
        days: ["2031-05-02"],
        publicListing: true,
        afternoonActivities: false,
      }),
      clock,
    );
    const again = await db().registration.findFirstOrThrow();
    expect(await db().registration.count()).toBe(1);
    expect(again).toMatchObject({
      name: "Ada Lovelace",
      city: "London",
      status: "pending",
      confirmedAt: null,
      cancelledAt: null,
      waitlistNumber: null,
    });
    expect(again.updatedAt.toISOString()).toBe("2031-02-01T10:01:00.000Z");
    expect(
      (
        await oneOutboxMail({
          where: { template: "registration-confirm" },
          orderBy: { createdAt: "desc" },
        })
      ).text,
    ).toContain("Ada King");

    clock.advance(60_000);
    await confirmRegistration((await linksFor("ada@example.org", "confirm"))[0]!, clock);
    const confirmed = await db().registration.findFirstOrThrow();
    expect(confirmed).toMatchObject({
      name: "Ada King",
      city: "Ockham",
      interests: ["orm"],
      days: ["2031-05-02"],
      publicListing: true,
      afternoonActivities: false,
      status: "confirmed",
      pendingAnswers: null,
    });
    expect(confirmed.codeOfConductAt.toISOString()).toBe("2031-02-01T10:01:00.000Z");
  });

  it("register a new address in two statements: the edition with any earlier registration, then the write", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    const sql = countedStatements();
    await registerForEdition("pescara", aForm(), clock, { sql });
    expect(sql.sent.map((text) => /^\s*(SELECT|WITH)/.exec(text)?.[1])).toEqual(["SELECT", "WITH"]);
    expect(await linksFor("ada@example.org", "confirm")).toHaveLength(1);

    // The same address again: the read finds the pending registration, which gets a new link in a transaction.
    sql.sent.length = 0;
    clock.advance(60_000);
    await registerForEdition("pescara", aForm(), clock, { sql });
    expect(sql.sent).toHaveLength(1);
    expect(await db().registration.count()).toBe(1);
    expect(await db().outboxMessage.count({ where: { template: "registration-confirm" } })).toBe(2);
  });

  it("register a new address in one statement when the form's action read ahead, and only with its own read", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    const sql = countedStatements();
    const ahead = await readForRegistration("pescara", "ada@example.org");
    await registerForEdition("pescara", aForm(), clock, { sql, readAhead: ahead });
    expect(sql.sent.map((text) => /^\s*(SELECT|WITH)/.exec(text)?.[1])).toEqual(["WITH"]);
    expect(await linksFor("ada@example.org", "confirm")).toHaveLength(1);

    // A read of another address is not this submission's: read again.
    sql.sent.length = 0;
    clock.advance(60_000);
    await registerForEdition("pescara", aForm({ email: "grace@example.org" }), clock, { sql, readAhead: ahead });
    expect(sql.sent.map((text) => /^\s*(SELECT|WITH)/.exec(text)?.[1])).toEqual(["SELECT", "WITH"]);
    expect(await db().registration.count()).toBe(2);
  });

  it("register again with a read ahead that the address's confirmation has overtaken: the row is read again, not renewed", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registerForEdition("pescara", aForm(), clock);
    const stale = await readForRegistration("pescara", "ada@example.org");
    expect(stale.found?.earlier?.status).toBe("pending");
    const [confirmToken] = await linksFor("ada@example.org", "confirm");
    expect(await confirmRegistration(confirmToken!, clock)).toMatchObject({ ok: true, status: "confirmed" });

    clock.advance(60_000);
    expect(await registerForEdition("pescara", aForm(), clock, { readAhead: stale })).toEqual({ ok: true });
    const ada = await db().registration.findFirstOrThrow();
    expect(ada).toMatchObject({ status: "confirmed", pendingExpiresAt: null });
    // The "you are already registered" email, and no second confirmation link.
    expect(await linksFor("ada@example.org", "confirm")).toHaveLength(1);
    expect(await db().outboxMessage.count({ where: { template: "registration-already" } })).toBe(1);
    expect(await db().outboxMessage.count({ where: { template: "registration-confirm" } })).toBe(1);
  });
});
