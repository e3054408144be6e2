import { SPRINT_HOURS } from "../../platform/calendar/ics";
import { isoDate } from "../../platform/calendar/calendar";
import { type RegistrationWindow } from "../registration";
import { zonedTime } from "../../platform/calendar/zoned-time";

type JsonLdEdition = {
  slug: string;
  name: string;
  summary: string;
  city: string;
  region: string | null;
  country: string;
  venueName: string;
  venueAddress: string;
  timeZone: string;
  startsOn: Date;
  endsOn: Date;
};

/** schema.org Event for an edition page, so search engines can show its dates and place. */
export function editionJsonLd(
  edition: JsonLdEdition,
  options: { siteUrl: string; siteName: string; seatsLeft: number; window: RegistrationWindow; past?: boolean },
) {
  const url = `${options.siteUrl}/editions/${edition.slug}`;
  const offset = (instant: Date) => instant.toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: edition.name,
    description: edition.summary,
    url,
    image: [`${url}/opengraph-image`],
    startDate: offset(zonedTime(isoDate(edition.startsOn), SPRINT_HOURS.start, edition.timeZone)),
    endDate: offset(zonedTime(isoDate(edition.endsOn), SPRINT_HOURS.end, edition.timeZone)),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: {
      "@type": "Place",
      name: edition.venueName,
      address: {
        "@type": "PostalAddress",
        streetAddress: edition.venueAddress,
        addressLocality: edition.city,
        ...(edition.region ? { addressRegion: edition.region } : {}),
        addressCountry: edition.country,
      },
    },
    organizer: { "@type": "Organization", name: options.siteName, url: options.siteUrl },
    // A past edition offers nothing to register for: no offer rather than one "sold out".
    ...(options.past ? {} : { offers: offerOf(url, options) }),
  };
}

function offerOf(url: string, options: { seatsLeft: number; window: RegistrationWindow }) {
  return {
    "@type": "Offer",
    price: 0,
    priceCurrency: "EUR",
    url: `${url}/register`,
    availability: `https://schema.org/${
      options.window === "not-open-yet"
        ? "PreSale"
        : options.window === "open" && options.seatsLeft > 0
          ? "InStock"
          : "SoldOut"
    }`,
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
