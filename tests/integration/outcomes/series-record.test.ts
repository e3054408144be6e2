import { describe, expect, it } from "vitest";
import { getEditionImpact } from "@/lib/features/outcomes/reads/outcomes";
import { db } from "@/lib/platform/db";
import { registrationHousekeeping } from "@/lib/features/registration/registration-housekeeping";
import { saveOutcome } from "@/lib/features/outcomes/save-outcome";
import { anAttendee, anOutcomeForm } from "@/tests/fixtures/outcomes";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

const organizer = { email: "organizer@example.org", name: null };

describe("the series' record", () => {
  it("keeps an edition's people and first-timers, and each outcome's credits, once the registrations are deleted", async () => {
    const clock = manualClock("2031-05-02T12:00:00Z");
    const edition = await anEdition();
    const ada = await anAttendee(edition.id, "Ada", { publicListing: true }); // a first contribution
    const grace = await anAttendee(edition.id, "Grace");
    await db().registration.update({ where: { id: grace.id }, data: { experience: "regular" } });
    const saved = await saveOutcome(
      organizer,
      edition.id,
      null,
      anOutcomeForm({ url: "https://github.com/django/django/pull/1", contributors: [ada.id, grace.id] }),
      clock,
    );
    if (!saved.ok) throw new Error(saved.problem);

    const during = await getEditionImpact(edition.id, clock.now());
    expect(during.headline).toEqual({
      people: 2,
      firstTimers: 1,
      pullRequests: { opened: 1, merged: 0, closed: 0 },
      tickets: 0,
    });
    expect(during.reported).toBeNull();

    clock.set("2031-05-05T03:00:00Z");
    expect(await registrationHousekeeping(clock)).toMatchObject({ figuresKept: 1 });
    expect(await db().edition.findUniqueOrThrow({ where: { id: edition.id } })).toMatchObject({
      countedPeople: 2,
      countedFirstTimers: 1,
    });

    clock.set("2032-05-05T03:00:00Z");
    expect(await registrationHousekeeping(clock)).toMatchObject({ figuresKept: 0, purged: 2 });
    expect(await db().registration.count()).toBe(0);
    const after = await getEditionImpact(edition.id, clock.now());
    expect(after.headline).toMatchObject({ people: 2, firstTimers: 1 });
    // Nobody's name is left to show, but the outcome still says two people worked on it.
    expect(after.outcomes[0]).toMatchObject({ listed: [], unlisted: 2 });
  });

  it("shows the pull requests' status week by week after the sprint, from the statuses recorded", async () => {
    const clock = manualClock("2031-05-02T12:00:00Z");
    const edition = await anEdition(); // 1–3 May 2031
    const form = anOutcomeForm({ url: "https://github.com/django/django/pull/2" });
    const saved = await saveOutcome(organizer, edition.id, null, form, clock);
    if (!saved.ok) throw new Error(saved.problem);
    clock.set("2031-05-12T09:00:00Z");
    await saveOutcome(organizer, edition.id, saved.outcomeId, { ...form, status: "merged" }, clock);
    await saveOutcome(organizer, edition.id, saved.outcomeId, { ...form, status: "merged" }, clock); // no new row
    expect(await db().outcomeStatusChange.count()).toBe(2);

    const { weeks } = await getEditionImpact(edition.id, new Date("2031-05-20T00:00:00Z"));
    expect(weeks).toEqual([
      { week: 0, open: 1, merged: 0, closed: 0 },
      { week: 1, open: 1, merged: 0, closed: 0 },
      { week: 2, open: 0, merged: 1, closed: 0 },
      { week: 3, open: 0, merged: 1, closed: 0 }, // 18–20 May, under way
    ]);
  });

  it("shows an edition's reported figures beside what it counts, never added to them", async () => {
    const edition = await anEdition();
    await db().edition.update({
      where: { id: edition.id },
      data: {
        reportedPeople: 14,
        reportedFirstTimers: 5,
        reportedPullRequestsOpened: 5,
        reportedPullRequestsMerged: 1,
      },
    });
    const { headline, reported } = await getEditionImpact(edition.id, new Date("2031-06-01T00:00:00Z"));
    // Nobody registered for it here: its people are "not counted on this site", never 0.
    expect(headline).toMatchObject({ people: null, firstTimers: null, pullRequests: { opened: 0 } });
    expect(reported).toEqual({
      people: 14,
      firstTimers: 5,
      pullRequests: { opened: 5, merged: 1, closed: null },
    });
  });
});
