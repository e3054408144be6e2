import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { editionPhase, registrationWindow } from "@/lib/features/registration/registration-window";
import { findOldPescara } from "@/lib/features/editions/old-seed";
import { seedSeries } from "@/prisma/seed-data";
import { seedRegistrations } from "@/tests/fixtures/registrations";

const local = { localSite: true };
const publicSite = { localSite: false };

const bySlug = async () =>
  Object.fromEntries(
    (await db().edition.findMany({ include: { sponsors: { orderBy: { position: "asc" } }, outcomes: true } })).map(
      (edition) => [edition.slug, edition],
    ),
  );

/** What the version before this one seeded: Pescara open, its dates following the clock. */
async function seedTheOldWay() {
  const start = new Date("2027-05-06T00:00:00Z"); // the first Thursday of May 2027
  return db().edition.create({
    data: {
      slug: "pescara",
      name: "Django on the Med: Pescara",
      city: "Pescara",
      region: "Abruzzo",
      country: "Italy",
      venueName: "Venue to be announced",
      venueAddress: "Pescara, Abruzzo, Italy",
      timeZone: "Europe/Rome",
      startsOn: start,
      endsOn: new Date("2027-05-08T00:00:00Z"),
      registrationOpensAt: new Date("2026-11-27T10:00:00Z"),
      registrationClosesAt: new Date("2027-04-29T00:00:00Z"),
      capacity: 30,
      published: true,
      summary: "The next edition: three mornings of Django sprinting on the Adriatic, off-season, in early May.",
    },
  });
}

describe("seedSeries", () => {
  it.each(["2026-12-05T10:00:00Z", "2031-04-20T10:00:00Z", "2031-06-01T10:00:00Z"])(
    "seeds the true record whatever the clock (%s): Palafrugell and Pescara past, registration closed",
    async (at) => {
      const now = new Date(at);
      expect(await seedSeries(db(), now, publicSite)).toEqual({ seeded: true, oldPescara: null, sample: null });

      const editions = await bySlug();
      expect(Object.keys(editions).sort()).toEqual(["palafrugell", "pescara"]);

      const pescara = editions.pescara!;
      expect([pescara.startsOn.toISOString(), pescara.endsOn.toISOString()]).toEqual([
        "2026-09-23T00:00:00.000Z",
        "2026-09-25T00:00:00.000Z",
      ]);
      expect(pescara.startsOn.getUTCDay()).toBe(3); // a Wednesday
      expect(editionPhase(pescara, now)).toBe("past");
      expect(registrationWindow(pescara, now)).toBe("closed");
      expect([pescara.city, pescara.country, pescara.timeZone]).toEqual(["Pescara", "Italy", "Europe/Rome"]);
      expect(pescara.description).toContain("warm-up session led by Carlton Gibson");
      expect(pescara.description).toContain("Penne");
      // Not published, so not guessed: no reported figures, no sponsors.
      expect([
        pescara.reportedPeople,
        pescara.reportedFirstTimers,
        pescara.reportedPullRequestsOpened,
        pescara.reportedPullRequestsMerged,
        pescara.reportedPullRequestsClosed,
      ]).toEqual([null, null, null, null, null]);
      expect(pescara.sponsors).toEqual([]);
      expect(pescara.outcomes.map((o) => [o.kind, o.url]).sort()).toEqual([
        ["other", "https://github.com/justinmayer/django-benchmark"],
        ["pull_request", "https://github.com/django/deps/pull/101"],
      ]);
      expect(await db().outcomeStatusChange.count()).toBe(0);

      const palafrugell = editions.palafrugell!;
      expect([palafrugell.startsOn.toISOString(), palafrugell.endsOn.toISOString()]).toEqual([
        "2025-10-07T00:00:00.000Z",
        "2025-10-09T00:00:00.000Z",
      ]);
      expect(registrationWindow(palafrugell, now)).toBe("closed");
      const outcomes = palafrugell.outcomes.toSorted((a, b) => a.title.localeCompare(b.title));
      expect(outcomes.map((o) => [o.kind, o.status, o.url, o.firstContribution])).toEqual([
        ["other", "open", null, false], // A benchmarking effort… (Pescara's project is another outcome)
        ["pull_request", "open", null, true], // A new contributor's work on an 18-year-old ticket…
        ["other", "open", null, false], // A speed-up of static files collection
        ["pull_request", "open", null, false], // Database-level cascading deletes…
        ["talk", "open", null, false], // The roadmap workshop's write-up
      ]);
      expect(palafrugell.capacity).toBe(14);
      expect([
        palafrugell.reportedPeople,
        palafrugell.reportedFirstTimers,
        palafrugell.reportedPullRequestsOpened,
        palafrugell.reportedPullRequestsMerged,
        palafrugell.reportedPullRequestsClosed,
      ]).toEqual([14, 5, 5, 1, 1]);
      expect(palafrugell.sponsors.map((s) => [s.name, s.contribution])).toEqual([
        ["Python España", "Breakfast"],
        ["Django Software Foundation", "Sponsor"],
        ["Buttondown", "Newsletter"],
      ]);
      expect(await db().registration.count()).toBe(0);
    },
  );

  it.each(["2026-12-05T10:00:00Z", "2031-01-15T09:00:00Z", "2031-04-20T10:00:00Z"])(
    "on a local site adds one open sample edition, plainly a sample (clock %s)",
    async (at) => {
      const now = new Date(at);
      expect(await seedSeries(db(), now, local)).toEqual({ seeded: true, oldPescara: null, sample: "created" });
      const open = (await db().edition.findMany()).filter(
        (edition) => editionPhase(edition, now) === "upcoming" && registrationWindow(edition, now) === "open",
      );
      expect(open.map((edition) => [edition.slug, edition.isSample, edition.published])).toEqual([
        ["sample", true, true],
      ]);
      expect(open[0]!.name).toMatch(/^Sample edition/);
      expect(open[0]!.city).toBe("Sample Bay");
      expect(
        await db().edition.count({ where: { isSample: false, slug: { notIn: ["palafrugell", "pescara"] } } }),
      ).toBe(0);
    },
  );

  it("is idempotent, and leaves the editions as organizers made them", async () => {
    const now = new Date("2031-01-15T09:00:00Z");
    await seedSeries(db(), now, local);
    await db().edition.update({ where: { slug: "pescara" }, data: { capacity: 42 } });
    await db().edition.delete({ where: { slug: "sample" } }); // organizers may delete the sample

    expect(await seedSeries(db(), now, local)).toEqual({ seeded: false, oldPescara: null, sample: null });
    expect(await db().edition.count()).toBe(2);
    expect((await db().edition.findUniqueOrThrow({ where: { slug: "pescara" } })).capacity).toBe(42);
  });

  it("unpublishes a sample left from a local seed when the site starts as a public one", async () => {
    const now = new Date("2031-01-15T09:00:00Z");
    await seedSeries(db(), now, local);
    expect(await seedSeries(db(), now, publicSite)).toEqual({ seeded: false, oldPescara: null, sample: "unpublished" });
    expect((await db().edition.findUniqueOrThrow({ where: { slug: "sample" } })).published).toBe(false);
    expect(await seedSeries(db(), now, publicSite)).toEqual({ seeded: false, oldPescara: null, sample: null });
  });

  it("holds no personal email address", async () => {
    await seedSeries(db(), new Date("2031-01-15T09:00:00Z"), local);
    const rows = JSON.stringify(await db().edition.findMany({ include: { sponsors: true, outcomes: true } }));
    expect(rows).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });
});

describe("a database seeded by the old version", () => {
  it("brings Pescara to the true record, keeping its id, and adds the sample on a local site", async () => {
    const old = await seedTheOldWay();
    const now = new Date("2026-12-05T10:00:00Z");

    expect(await seedSeries(db(), now, local)).toEqual({ seeded: false, oldPescara: "corrected", sample: "created" });
    const pescara = await db().edition.findUniqueOrThrow({ where: { slug: "pescara" }, include: { outcomes: true } });
    expect(pescara.id).toBe(old.id);
    expect([pescara.startsOn.toISOString(), pescara.endsOn.toISOString()]).toEqual([
      "2026-09-23T00:00:00.000Z",
      "2026-09-25T00:00:00.000Z",
    ]);
    expect(registrationWindow(pescara, now)).toBe("closed");
    expect(pescara.venueName).toBe("Venue not published");
    expect(pescara.summary).not.toContain("early May");
    expect(pescara.outcomes).toHaveLength(2);
    expect(await findOldPescara(db())).toBeNull();

    // Once corrected, it is no longer the old seed: a second start changes nothing.
    expect(await seedSeries(db(), now, local)).toEqual({ seeded: false, oldPescara: null, sample: null });
  });

  it("changes nothing when that Pescara has registrations: real people may have registered on an old public seed", async () => {
    const old = await seedTheOldWay();
    await seedRegistrations(old.id, 2, "confirmed", new Date("2026-12-01T10:00:00Z"));
    const before = await db().edition.findUniqueOrThrow({ where: { id: old.id } });

    expect(await seedSeries(db(), new Date("2026-12-05T10:00:00Z"), publicSite)).toEqual({
      seeded: false,
      oldPescara: "kept",
      sample: null,
    });
    expect(await db().edition.findUniqueOrThrow({ where: { id: old.id } })).toEqual(before);
    expect(await db().outcome.count()).toBe(0);
    expect(await findOldPescara(db())).not.toBeNull(); // what the admin dashboard's notice reads
  });

  it("leaves a Pescara an organizer has edited (it no longer holds every old value)", async () => {
    const old = await seedTheOldWay();
    await db().edition.update({ where: { id: old.id }, data: { venueName: "Aurum" } });
    expect((await seedSeries(db(), new Date("2026-12-05T10:00:00Z"), local)).oldPescara).toBeNull();
    expect((await db().edition.findUniqueOrThrow({ where: { id: old.id } })).startsOn.toISOString()).toBe(
      "2027-05-06T00:00:00.000Z",
    );
  });
});
