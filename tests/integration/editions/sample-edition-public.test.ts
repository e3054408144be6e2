import { describe, expect, it, vi } from "vitest";

// This file runs as a public site: its environment is set before anything reads it.
vi.hoisted(() => {
  process.env.SITE_URL = "https://med.example";
  process.env.SMTP_URL = "smtp://127.0.0.1:2525";
  process.env.NEXTAUTH_SECRET = "a-secret-of-at-least-thirty-two-characters";
  process.env.TRUSTED_PROXY_HEADER = "none";
});

import { db } from "@/lib/platform/db";
import { waitingForOrganizers } from "@/lib/features/editions/reads/admin-dashboard";
import { getNextEdition, getPublishedEdition, listPublishedEditions } from "@/lib/features/editions/reads/editions";
import { getSeriesImpact } from "@/lib/features/outcomes/reads/outcomes";
import { env } from "@/lib/platform/env";
import { setEditionPublished } from "@/lib/features/editions/edition-admin";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { seedSeries } from "@/prisma/seed-data";
import { manualClock } from "@/tests/fixtures/test-clock";
import { aForm, seedRegistrations } from "@/tests/fixtures/registrations";
import { statements } from "@/lib/platform/db";
import { lookUpToken } from "@/lib/features/registration/token-lookup";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registrationHousekeeping } from "@/lib/features/registration/registration-housekeeping";

const organizer = { email: "organizer@example.org", name: null };
const now = new Date("2031-01-15T09:00:00Z");

describe("a public site", () => {
  it("is public in this file", () => {
    expect(env().localSite).toBe(false);
  });

  it("seeds no sample, so no edition is next: the 'not announced yet' state", async () => {
    expect(await seedSeries(db(), now, { localSite: env().localSite })).toMatchObject({ sample: null });
    expect(await db().edition.count({ where: { isSample: true } })).toBe(0);
    expect(await getNextEdition("2031-01-15")).toBeNull();
    expect((await listPublishedEditions()).map((edition) => edition.slug)).toEqual(["pescara", "palafrugell"]);
  });

  it("never shows a sample left from a local seed, never takes a registration for it, and tells the organizers", async () => {
    await seedSeries(db(), now, { localSite: true }); // seeded while the site was local
    const sample = await db().edition.findUniqueOrThrow({ where: { slug: "sample" } });
    // Even before a start unpublishes it (a deployment that runs `next start` alone), reads hide it.
    expect(await getPublishedEdition("sample")).toBeNull();
    expect(await getNextEdition("2031-01-15")).toBeNull();
    expect((await getSeriesImpact("2031-01-15")).leftOut).toEqual([]);
    expect(await registerForEdition("sample", aForm(), manualClock(now))).toMatchObject({ ok: false });

    expect(await seedSeries(db(), now, { localSite: false })).toMatchObject({ sample: "unpublished" });
    expect(await waitingForOrganizers()).toMatchObject({ hiddenSample: { id: sample.id } });
    expect(await setEditionPublished(organizer, sample.id, true, manualClock(now))).toEqual({
      ok: false,
      problem: "sample-on-public-site",
    });
    expect((await db().edition.findUniqueOrThrow({ where: { id: sample.id } })).published).toBe(false);
  });

  it("knows no link of a sample registration tried while local, and asks its people nothing", async () => {
    await seedSeries(db(), now, { localSite: true });
    const sample = await db().edition.findUniqueOrThrow({ where: { slug: "sample" } });
    const [pendingLink] = await seedRegistrations(sample.id, 1, "pending", now, "tried");
    await seedRegistrations(sample.id, 2, "confirmed", now, "came");
    await seedSeries(db(), now, { localSite: false });

    expect(await lookUpToken(statements(), pendingLink!, "confirm", now)).toMatchObject({ ok: false });
    // Nor does pressing Confirm, which looks the link up in its own statement.
    expect(await confirmRegistration(pendingLink!, manualClock(now))).toEqual({ ok: false, problem: "invalid" });
    // A week before its made-up dates, nobody who tried it is asked "still coming?".
    const weekBefore = new Date(sample.startsOn.getTime() - 5 * 24 * 3_600_000);
    expect(await registrationHousekeeping(manualClock(weekBefore))).toMatchObject({ stillComingSent: 0 });
    expect(await db().outboxMessage.count()).toBe(0);
  });
});
