import "server-only";
import { db } from "../../../platform/db";
import { toZonedInput } from "../../../platform/calendar/zoned-time";

export function getEditionForAdmin(id: string) {
  return db().edition.findUnique({ where: { id }, include: { sponsors: { orderBy: { position: "asc" } } } });
}

/** The confirmed people of an edition, by name: whom an organizer can credit with an outcome. */
export function confirmedPeople(editionId: string) {
  return db().registration.findMany({
    where: { editionId, status: "confirmed" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

type AdminEdition = NonNullable<Awaited<ReturnType<typeof getEditionForAdmin>>>;

/** The edition as the form's strings: dates as YYYY-MM-DD, instants as venue wall-clock time. */
export function editionFormValues(edition: AdminEdition): Record<string, string> {
  const values: Record<string, string> = {
    slug: edition.slug,
    name: edition.name,
    city: edition.city,
    region: edition.region ?? "",
    country: edition.country,
    venueName: edition.venueName,
    venueAddress: edition.venueAddress,
    venueMapUrl: edition.venueMapUrl ?? "",
    timeZone: edition.timeZone,
    startsOn: edition.startsOn.toISOString().slice(0, 10),
    endsOn: edition.endsOn.toISOString().slice(0, 10),
    registrationOpensAt: edition.registrationOpensAt ? toZonedInput(edition.registrationOpensAt, edition.timeZone) : "",
    registrationClosesAt: edition.registrationClosesAt
      ? toZonedInput(edition.registrationClosesAt, edition.timeZone)
      : "",
    capacity: String(edition.capacity),
    summary: edition.summary,
    description: edition.description,
    schedule: edition.schedule,
    travelNotes: edition.travelNotes,
    accommodationNotes: edition.accommodationNotes,
    reportedPeople: edition.reportedPeople?.toString() ?? "",
    reportedFirstTimers: edition.reportedFirstTimers?.toString() ?? "",
    reportedPullRequestsOpened: edition.reportedPullRequestsOpened?.toString() ?? "",
    reportedPullRequestsMerged: edition.reportedPullRequestsMerged?.toString() ?? "",
    reportedPullRequestsClosed: edition.reportedPullRequestsClosed?.toString() ?? "",
    outcomeRepositories: edition.outcomeRepositories.join(", "),
    selection: edition.selection,
    applicationDeadline: edition.applicationDeadline ? toZonedInput(edition.applicationDeadline, edition.timeZone) : "",
    acceptDays: String(edition.acceptDays),
    applicationQuestion: edition.applicationQuestion,
  };
  edition.sponsors.forEach((sponsor, i) => {
    values[`sponsors.${i}.name`] = sponsor.name;
    values[`sponsors.${i}.contribution`] = sponsor.contribution;
    values[`sponsors.${i}.url`] = sponsor.url ?? "";
    values[`sponsors.${i}.logoUrl`] = sponsor.logoUrl ?? "";
  });
  return values;
}
