import "server-only";
import { cache } from "react";
import { SQL, empty, iso, join } from "../../../platform/database/statements";
import { db, statements } from "../../../platform/db";
import { lastUsefulVisaDecision, seatsAndWaiting } from "../../registration";
import { roomComposition, type RoomPerson } from "../composition";
import type { ApplicationFilter } from "../schemas";

export const reviewEdition = cache((id: string) =>
  db().edition.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      selection: true,
      applicationDeadline: true,
      applicationQuestion: true,
      acceptDays: true,
      startsOn: true,
      timeZone: true,
      capacity: true,
    },
  }),
);

export type Applicant = RoomPerson & {
  id: string;
  name: string;
  status: string;
  waitlistNumber: number | null;
  applicationAnswer: string | null;
  hopes: string | null;
};

/**
 * The review screen: the applications that match the filters, the countries to filter by, the
 * places left, and the room as it would be if the marked people were accepted (those who hold a
 * place now, confirmed or accepted and still in time, plus the marked).
 */
export async function applicationsReview(editionId: string, filter: ApplicationFilter, now: Date) {
  const clauses = [SQL`"editionId" = ${editionId}`, SQL`"appliedAt" IS NOT NULL`];
  if (filter.status) clauses.push(SQL`status = ${filter.status}::"RegistrationStatus"`);
  if (filter.firstTimer)
    clauses.push(filter.firstTimer === "yes" ? SQL`experience = 'first'` : SQL`experience <> 'first'`);
  if (filter.interest) clauses.push(SQL`${filter.interest} = ANY(interests)`);
  if (filter.country) clauses.push(SQL`lower(trim(country)) = lower(trim(${filter.country}))`);
  if (filter.visa) clauses.push(SQL`"needsVisaLetter" = ${filter.visa === "yes"}`);
  const sql = statements();
  const [applicants, countries, room, seats] = await Promise.all([
    sql.rows<Applicant>(SQL`SELECT id, name, status::text AS status, "waitlistNumber", country, experience, interests,
        "needsVisaLetter", "applicationAnswer", hopes
      FROM "Registration" WHERE ${join(clauses, " AND ")}
      ORDER BY "appliedAt", id LIMIT 500`),
    sql.rows<{ country: string }>(
      SQL`SELECT DISTINCT trim(country) AS country FROM "Registration" WHERE "editionId" = ${editionId} AND "appliedAt" IS NOT NULL ORDER BY 1`,
    ),
    // Who holds a place (as the seat statement counts it) and the marked: listed, not counted here.
    sql.rows<RoomPerson>(SQL`SELECT experience, interests, country, "needsVisaLetter" FROM "Registration"
      WHERE "editionId" = ${editionId} AND (status = 'confirmed'
        OR (status = 'offered' AND ("offerExpiresAt" IS NULL OR "offerExpiresAt" > ${iso(now)}::timestamptz AT TIME ZONE 'UTC'))
        ${filter.mark.length ? SQL`OR (id = ANY(${filter.mark}::text[]) AND status IN ('applied', 'waitlisted'))` : empty})`),
    seatsAndWaiting(sql, editionId, now),
  ]);
  const marked = new Set(filter.mark);
  return {
    applicants: applicants.map((person) => ({ ...person, marked: marked.has(person.id) })),
    countries: countries.map((row) => row.country),
    seats,
    room: roomComposition(room),
    markedCount: marked.size,
  };
}

/** The dates the screen states: the deadline, and the last useful one for early (visa) decisions. */
export function reviewDates(edition: { applicationDeadline: Date | null; startsOn: Date }, now: Date) {
  return {
    beforeDeadline: !edition.applicationDeadline || now < edition.applicationDeadline,
    lastUsefulVisaDecision: lastUsefulVisaDecision(edition.startsOn),
  };
}

/** Names (and waiting-list numbers) for the people a decision named in the screen's address. */
export async function namesOf(editionId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; waitlistNumber: number | null }>();
  const rows = await statements().rows<{ id: string; name: string; waitlistNumber: number | null }>(
    SQL`SELECT id, name, "waitlistNumber" FROM "Registration" WHERE "editionId" = ${editionId} AND id = ANY(${ids}::text[])`,
  );
  return new Map(rows.map((row) => [row.id, row]));
}
