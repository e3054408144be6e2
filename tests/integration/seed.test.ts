import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { editionPhase, registrationWindow } from "@/lib/editions/status";
import { seedIfEmpty } from "@/prisma/seed-data";

describe("seedIfEmpty", () => {
  it.each(["2026-11-28T10:00:00Z", "2031-04-20T10:00:00Z", "2031-06-01T10:00:00Z"])(
    "seeds Palafrugell as past and Pescara as upcoming with registration open (clock %s)",
    async (at) => {
      const now = new Date(at);
      expect(await seedIfEmpty(db(), now)).toBe("seeded");

      const editions = await db().edition.findMany({ include: { sponsors: { orderBy: { position: "asc" } } } });
      const bySlug = Object.fromEntries(editions.map((edition) => [edition.slug, edition]));
      expect(Object.keys(bySlug).sort()).toEqual(["palafrugell", "pescara"]);

      const pescara = bySlug.pescara!;
      expect(editionPhase(pescara, now)).toBe("upcoming");
      expect(registrationWindow(pescara, now)).toBe("open");
      expect(pescara.startsOn.getUTCMonth()).toBe(4); // May
      expect(pescara.startsOn.getUTCDate()).toBeLessThanOrEqual(7);

      const palafrugell = bySlug.palafrugell!;
      expect(editionPhase(palafrugell, now)).toBe("past");
      // Facts, whatever the clock: 7–9 October 2025, registration closed, five outcomes without invented links.
      expect([palafrugell.startsOn.toISOString(), palafrugell.endsOn.toISOString()]).toEqual([
        "2025-10-07T00:00:00.000Z",
        "2025-10-09T00:00:00.000Z",
      ]);
      expect(registrationWindow(palafrugell, now)).toBe("closed");
      const outcomes = await db().outcome.findMany({ where: { editionId: palafrugell.id }, orderBy: { title: "asc" } });
      expect(outcomes.map((o) => [o.kind, o.status, o.url, o.firstContribution])).toEqual([
        ["other", "open", null, false], // A benchmarking effort…
        ["pull_request", "open", null, true], // A new contributor's work on an 18-year-old ticket…
        ["other", "open", null, false], // A speed-up of static files collection
        ["pull_request", "open", null, false], // Database-level cascading deletes…
        ["talk", "open", null, false], // The roadmap workshop's write-up
      ]);
      expect(palafrugell.capacity).toBe(14);
      // Held before the site: its record is what the organizers reported, beside five outcomes.
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
    },
  );

  it("leaves a database that already has editions as organizers made it", async () => {
    const now = new Date("2031-01-15T09:00:00Z");
    await seedIfEmpty(db(), now);
    await db().edition.update({ where: { slug: "pescara" }, data: { capacity: 42 } });

    expect(await seedIfEmpty(db(), now)).toBe("skipped");
    expect(await db().edition.count()).toBe(2);
    expect((await db().edition.findUniqueOrThrow({ where: { slug: "pescara" } })).capacity).toBe(42);
  });

  it("holds no personal email address", async () => {
    await seedIfEmpty(db(), new Date("2031-01-15T09:00:00Z"));
    const rows = JSON.stringify(await db().edition.findMany({ include: { sponsors: true } }));
    expect(rows).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });
});
