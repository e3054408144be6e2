import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { getNextEdition, getPublishedEdition, listPastEditions } from "@/lib/features/editions/reads/editions";

function edition(slug: string, startsOn: string, endsOn: string, published = true) {
  return db().edition.create({
    data: {
      slug,
      name: `Django on the Med: ${slug}`,
      city: slug,
      country: "Italy",
      venueName: "Venue",
      venueAddress: "Address",
      timeZone: "Europe/Rome",
      startsOn: new Date(startsOn),
      endsOn: new Date(endsOn),
      capacity: 20,
      published,
      sponsors: {
        create: [
          { name: "B", contribution: "Venue", position: 1 },
          { name: "A", contribution: "Breakfast", position: 0 },
        ],
      },
    },
  });
}

describe("edition reads", () => {
  beforeEach(async () => {
    await edition("old", "2029-09-27", "2029-09-29");
    await edition("older", "2028-09-27", "2028-09-29");
    await edition("next", "2031-05-01", "2031-05-03");
    await edition("later", "2032-05-06", "2032-05-08");
    await edition("draft", "2031-03-01", "2031-03-03", false);
  });

  it("finds the next published edition, including one in progress", async () => {
    expect((await getNextEdition("2031-01-15"))?.slug).toBe("next");
    expect((await getNextEdition("2031-05-03"))?.slug).toBe("next");
    expect((await getNextEdition("2031-05-04"))?.slug).toBe("later");
    expect(await getNextEdition("2033-01-01")).toBeNull();
  });

  it("lists past published editions, latest first", async () => {
    expect((await listPastEditions("2031-01-15")).map((e) => e.slug)).toEqual(["old", "older"]);
  });

  it("shows a published edition with its sponsors in order, and hides drafts", async () => {
    const next = await getPublishedEdition("next");
    expect(next?.sponsors.map((s) => s.name)).toEqual(["A", "B"]);
    expect(await getPublishedEdition("draft")).toBeNull();
    expect(await getPublishedEdition("nowhere")).toBeNull();
  });
});
