import "server-only";
import { cache } from "react";
import { clock } from "../../../platform/clock";
import { db, statements } from "../../../platform/db";
import { visibleEditions } from "../sample";
import { env } from "../../../platform/env";
import { seatsAndWaiting } from "../../registration";

const cardColumns = {
  id: true,
  slug: true,
  isSample: true,
  name: true,
  city: true,
  region: true,
  country: true,
  timeZone: true,
  startsOn: true,
  endsOn: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  capacity: true,
  summary: true,
  // Selection by application (docs/applications.md).
  selection: true,
  applicationDeadline: true,
  applicationQuestion: true,
} as const;

const visible = () => visibleEditions(env().localSite);

// `today` is a YYYY-MM-DD string (UTC) so that React's per-request cache can key on it.

/** The published edition that ends soonest on or after today; null when none is planned. */
export const getNextEdition = cache(async (today: string) => {
  return db().edition.findFirst({
    where: { ...visible(), endsOn: { gte: new Date(today) } },
    orderBy: { startsOn: "asc" },
    select: cardColumns,
  });
});

/** Every published edition, latest first: the archive and the sitemap. */
export const listPublishedEditions = cache(async () => {
  return db().edition.findMany({
    where: visible(),
    orderBy: { startsOn: "desc" },
    select: { ...cardColumns, updatedAt: true },
  });
});

/** Published editions that ended before today, latest first. */
export const listPastEditions = cache(async (today: string) => {
  return db().edition.findMany({
    where: { ...visible(), endsOn: { lt: new Date(today) } },
    orderBy: { startsOn: "desc" },
    select: cardColumns,
  });
});

const detailColumns = {
  ...cardColumns,
  // Lets the page skip the impact and journal reads for an edition that has none.
  _count: { select: { outcomes: true, journalPosts: { where: { status: "published" } } } },
  venueName: true,
  venueAddress: true,
  venueMapUrl: true,
  description: true,
  schedule: true,
  travelNotes: true,
  accommodationNotes: true,
  sponsors: {
    orderBy: { position: "asc" },
    select: { name: true, url: true, logoUrl: true, contribution: true },
  },
} as const;

/** One published edition with what its page shows; null for an unknown or unpublished slug. */
export const getPublishedEdition = cache(async (slug: string) => {
  return db().edition.findFirst({ where: { slug, ...visible() }, select: detailColumns });
});

/** An unpublished edition, for an organizer's preview (the caller checks the organizer). */
export const getDraftEdition = cache(async (slug: string) => {
  return db().edition.findFirst({ where: { slug, published: false }, select: detailColumns });
});

export type EditionCard = NonNullable<Awaited<ReturnType<typeof getNextEdition>>>;
export type EditionDetail = NonNullable<Awaited<ReturnType<typeof getPublishedEdition>>>;

/** Seats left and people waiting, counted from the rows as the registration services count them. */
export const getAvailability = cache(async (editionId: string) => {
  const { capacity, taken, waiting } = await seatsAndWaiting(statements(), editionId, clock().now());
  return { seatsLeft: Math.max(capacity - taken, 0), waiting };
});

/** Confirmed attendees who agreed to be listed: name, city and interests only. */
export const listPublicAttendees = cache(async (editionId: string) => {
  return db().registration.findMany({
    where: { editionId, status: "confirmed", publicListing: true },
    orderBy: { confirmedAt: "asc" },
    select: { id: true, name: true, city: true, country: true, interests: true },
  });
});
