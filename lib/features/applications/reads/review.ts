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

/** An open travel grant request: asked or granted (a declined or released one no longer counts). */
const ASKED_FOR_GRANT = SQL`EXISTS (SELECT 1 FROM "TravelGrant" g WHERE g."registrationId" = r.id
  AND g.status NOT IN ('declined', 'released'))`;

/** At most this many applications on the screen; the screen says when the filters match more. */
export const REVIEW_ROWS = 500;

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
  const clauses = [SQL`r."editionId" = ${editionId}`, SQL`r."appliedAt" IS NOT NULL`];
  if (filter.status) clauses.push(SQL`r.status = ${filter.status}::"RegistrationStatus"`);
  if (filter.firstTimer)
    clauses.push(filter.firstTimer === "yes" ? SQL`r.experience = 'first'` : SQL`r.experience <> 'first'`);
  if (filter.interest) clauses.push(SQL`${filter.interest} = ANY(r.interests)`);
  if (filter.country) clauses.push(SQL`lower(trim(r.country)) = lower(trim(${filter.country}))`);
  if (filter.visa) clauses.push(SQL`r."needsVisaLetter" = ${filter.visa === "yes"}`);
  if (filter.grant) clauses.push(filter.grant === "yes" ? ASKED_FOR_GRANT : SQL`NOT ${ASKED_FOR_GRANT}`);
  const sql = statements();
  const [applicants, countries, room, seats] = await Promise.all([
    // The total matching rows rides along on each row (a window counts before the LIMIT).
    sql.rows<Applicant & { total: number }>(SQL`SELECT r.id, r.name, r.status::text AS status, r."waitlistNumber",
        r.country, r.experience, r.interests, r."needsVisaLetter", r."applicationAnswer", r.hopes,
        ${ASKED_FOR_GRANT} AS "askedForGrant", (count(*) OVER ())::int AS total
      FROM "Registration" r WHERE ${join(clauses, " AND ")}
      ORDER BY r."appliedAt", r.id LIMIT ${REVIEW_ROWS}`),
    sql.rows<{ country: string }>(
      SQL`SELECT DISTINCT trim(country) AS country FROM "Registration" WHERE "editionId" = ${editionId} AND "appliedAt" IS NOT NULL ORDER BY 1`,
    ),
    // Who holds a place (as the seat statement counts it) and the marked: listed, not counted here.
    sql.rows<RoomPerson>(SQL`SELECT r.experience, r.interests, r.country, r."needsVisaLetter",
        ${ASKED_FOR_GRANT} AS "askedForGrant"
      FROM "Registration" r
      WHERE r."editionId" = ${editionId} AND (r.status = 'confirmed'
        OR (r.status = 'offered' AND (r."offerExpiresAt" IS NULL OR r."offerExpiresAt" > ${iso(now)}::timestamptz AT TIME ZONE 'UTC'))
        ${filter.mark.length ? SQL`OR (r.id = ANY(${filter.mark}::text[]) AND r.status IN ('applied', 'waitlisted'))` : empty})`),
    seatsAndWaiting(sql, editionId, now),
  ]);
  const marked = new Set(filter.mark);
  return {
    applicants: applicants.map(({ total: _total, ...person }) => ({ ...person, marked: marked.has(person.id) })),
    /** How many applications match the filters (more than shown when the screen is cut at REVIEW_ROWS). */
    total: applicants[0]?.total ?? 0,
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
