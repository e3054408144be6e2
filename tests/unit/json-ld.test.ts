import { describe, expect, it } from "vitest";
import { editionJsonLd, jsonLdScript } from "@/lib/features/editions/json-ld";

const pescara = {
  slug: "pescara",
  name: "Django on the Med: Pescara",
  summary: "Three mornings of sprinting.",
  city: "Pescara",
  region: "Abruzzo",
  country: "Italy",
  venueName: "Venue",
  venueAddress: "Via Roma 1",
  timeZone: "Europe/Rome",
  startsOn: new Date("2031-05-01T00:00:00Z"),
  endsOn: new Date("2031-05-03T00:00:00Z"),
};

describe("editionJsonLd", () => {
  it("describes the edition as a schema.org Event in the venue's time", () => {
    const data = editionJsonLd(pescara, {
      siteUrl: "https://med.example",
      siteName: "Django on the Med",
      seatsLeft: 3,
      window: "open",
    });
    expect(data).toMatchObject({
      "@type": "Event",
      name: "Django on the Med: Pescara",
      startDate: "2031-05-01T06:00:00Z", // 8:00 in Rome (UTC+2 in May)
      endDate: "2031-05-03T12:00:00Z", // 14:00 on the last day
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { address: { addressLocality: "Pescara", addressRegion: "Abruzzo", addressCountry: "Italy" } },
      offers: {
        price: 0,
        availability: "https://schema.org/InStock",
        url: "https://med.example/editions/pescara/register",
      },
      image: ["https://med.example/editions/pescara/opengraph-image"],
    });
  });

  it.each([
    [{ seatsLeft: 0, window: "open" as const }, "SoldOut"],
    [{ seatsLeft: 5, window: "not-open-yet" as const }, "PreSale"],
    [{ seatsLeft: 5, window: "closed" as const }, "SoldOut"],
  ])("states availability %o as %s", (options, availability) => {
    expect(
      editionJsonLd(pescara, { siteUrl: "https://med.example", siteName: "Django on the Med", ...options }).offers
        ?.availability,
    ).toBe(`https://schema.org/${availability}`);
  });

  it("keeps a past edition a valid Event, with its dates and place and no offer to register", () => {
    const data = editionJsonLd(
      { ...pescara, startsOn: new Date("2026-09-23T00:00:00Z"), endsOn: new Date("2026-09-25T00:00:00Z") },
      { siteUrl: "https://med.example", siteName: "Django on the Med", seatsLeft: 0, window: "closed", past: true },
    );
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      startDate: "2026-09-23T06:00:00Z",
      endDate: "2026-09-25T12:00:00Z",
      eventStatus: "https://schema.org/EventScheduled",
      location: { "@type": "Place", address: { addressLocality: "Pescara", addressCountry: "Italy" } },
    });
    expect(data).not.toHaveProperty("offers");
  });

  it("cannot close its script tag, whatever an organizer typed", () => {
    const script = jsonLdScript(
      editionJsonLd(
        { ...pescara, summary: "</script><script>alert(1)</script>" },
        { siteUrl: "https://med.example", siteName: "Django on the Med", seatsLeft: 1, window: "open" },
      ),
    );
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script).description).toBe("</script><script>alert(1)</script>");
  });
});
