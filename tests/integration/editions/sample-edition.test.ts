import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { getNextEdition, getPublishedEdition } from "@/lib/features/editions/reads/editions";
import { getEditionImpact, getSeriesImpact } from "@/lib/features/outcomes/reads/outcomes";
import { waitingForOrganizers } from "@/lib/features/editions/reads/admin-dashboard";
import { deleteSampleEdition } from "@/lib/features/editions/delete-sample-edition";
import { setEditionPublished } from "@/lib/features/editions/edition-admin";
import { seedSeries } from "@/prisma/seed-data";
import { manualClock } from "@/tests/fixtures/test-clock";
import { seedRegistrations } from "@/tests/fixtures/registrations";

// This file runs as a local site (no SITE_URL): the sample is seeded and shown.
const organizer = { email: "organizer@example.org", name: null };
const now = new Date("2031-01-15T09:00:00Z");

describe("the sample edition on a local site", () => {
  it("is the next edition, and organizers can delete it (audited); a real edition is refused", async () => {
    await seedSeries(db(), now, { localSite: true });
    const sample = await db().edition.findUniqueOrThrow({ where: { slug: "sample" } });
    expect((await getNextEdition("2031-01-15"))?.slug).toBe("sample");
    await seedRegistrations(sample.id, 2, "confirmed", now);

    const pescara = await db().edition.findUniqueOrThrow({ where: { slug: "pescara" } });
    expect(await deleteSampleEdition(organizer, pescara.id, manualClock(now))).toEqual({
      ok: false,
      problem: "not-a-sample",
    });
    expect(await deleteSampleEdition(organizer, sample.id, manualClock(now))).toEqual({ ok: true });
    expect(await db().edition.count({ where: { slug: "sample" } })).toBe(0);
    expect(await db().registration.count()).toBe(0);
    expect(await db().auditEntry.findMany({ select: { action: true, subject: true } })).toEqual([
      { action: "edition.delete-sample", subject: `edition:${sample.id}` },
    ]);
    expect(await getNextEdition("2031-01-15")).toBeNull();
    expect(await deleteSampleEdition(organizer, sample.id, manualClock(now))).toEqual({
      ok: false,
      problem: "edition-gone",
    });
  });
});

describe("counted figures that cannot mislead", () => {
  it("says 'not counted' for an edition with no registrations here, and counts one that has them", async () => {
    await seedSeries(db(), now, { localSite: true });
    const [palafrugell, pescara, sample] = await Promise.all(
      ["palafrugell", "pescara", "sample"].map((slug) => db().edition.findUniqueOrThrow({ where: { slug } })),
    );
    expect((await getEditionImpact(palafrugell!.id, now)).headline).toMatchObject({ people: null, firstTimers: null });
    expect((await getEditionImpact(pescara!.id, now)).headline).toMatchObject({
      people: null,
      firstTimers: null,
      pullRequests: { opened: 1, merged: 0, closed: 0 },
    });
    await seedRegistrations(sample!.id, 3, "confirmed", now);
    expect((await getEditionImpact(sample!.id, now)).headline).toMatchObject({ people: 3, firstTimers: 0 });
  });

  it("counts only ended editions in the series, and names the ones it leaves out", async () => {
    await seedSeries(db(), now, { localSite: true });
    const sample = await db().edition.findUniqueOrThrow({ where: { slug: "sample" } });
    await seedRegistrations(sample.id, 4, "confirmed", now);

    const series = await getSeriesImpact("2031-01-15");
    expect(series.editions.map((edition) => edition.slug)).toEqual(["pescara", "palafrugell"]);
    expect(series.leftOut).toEqual([{ slug: "sample", name: sample.name }]);
    // The sample's four confirmed people have given nothing back yet: not in the series' people.
    expect(series.headline.people).toBeNull();
    expect(series.reported?.people).toBe(14);
    expect(series.impact.total).toBe(7); // Palafrugell's five outcomes and Pescara's two
  });

  it("shows the dashboard nothing to settle on a fresh local seed", async () => {
    await seedSeries(db(), now, { localSite: true });
    expect(await waitingForOrganizers()).toMatchObject({ hiddenSample: null, oldPescara: null });
    expect((await getPublishedEdition("sample"))?.isSample).toBe(true);
  });
});

describe("publishing", () => {
  it("a local site may publish its sample again after unpublishing it", async () => {
    await seedSeries(db(), now, { localSite: true });
    const sample = await db().edition.findUniqueOrThrow({ where: { slug: "sample" } });
    expect(await setEditionPublished(organizer, sample.id, false, manualClock(now))).toEqual({ ok: true });
    expect(await setEditionPublished(organizer, sample.id, true, manualClock(now))).toEqual({ ok: true });
  });
});
