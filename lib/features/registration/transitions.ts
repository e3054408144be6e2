import type { RegistrationStatus } from "../../generated/prisma/client";
import type { Clock } from "../../platform/clock";
import { SQL, empty, epochMs, fromEpochMs, iso, join, raw, type Statements } from "../../platform/database/statements";
import { subscribeVerifiedAddress, REGISTRATION_CONSENT } from "../newsletter";
import { mailCancelled, mailConfirmed, mailWaitlisted, type MailEdition } from "./messages";
import { expireLapsedOffers, fillFreedSeats, nextWaitlistNumber, seatsAndWaiting } from "./seats";

// The changes of a registration's status, shared by the public links and the admin so both
// send the same emails and move the waiting list the same way. Callers hold the edition lock.

// No capacity here: it is read under the lock with the counts (seatsAndWaiting).
type Edition = MailEdition;
type Person = { id: string; name: string; email: string };

export type Placement = { status: "confirmed" } | { status: "waitlisted"; position: number };

/** A confirmed address takes a free seat if nobody is waiting, or joins the end of the queue. */
export async function placeConfirmedPerson(
  sql: Statements,
  person: Person & { newsletterOptIn: boolean },
  edition: Edition,
  clock: Clock,
): Promise<Placement> {
  const now = clock.now();
  if (person.newsletterOptIn) {
    // Confirming proved the address, so the newsletter box ticked on the form needs no second link.
    await subscribeVerifiedAddress(
      sql,
      person,
      { source: "registration", wordingVersion: REGISTRATION_CONSENT.version },
      now,
    );
  }
  await expireLapsedOffers(sql, edition.id, now);
  const { capacity, taken, waiting } = await seatsAndWaiting(sql, edition.id, now);
  // Nobody jumps the queue: a free seat goes to this person only if nobody is waiting.
  if (taken < capacity && waiting === 0) {
    await setStatus(sql, person.id, "confirmed", now, { confirmedAt: now, pendingExpiresAt: null });
    await mailConfirmed(sql, person, edition, clock);
    return { status: "confirmed" };
  }
  await putAtEndOfQueue(sql, person, edition, waiting, clock);
  return { status: "waitlisted", position: waiting + 1 };
}

/** Everyone waiting holds a smaller number (numbers are given under the edition lock). */
async function putAtEndOfQueue(sql: Statements, person: Person, edition: Edition, waitingBefore: number, clock: Clock) {
  const now = clock.now();
  const waitlistNumber = await nextWaitlistNumber(sql, edition.id);
  await setStatus(sql, person.id, "waitlisted", now, {
    waitlistedAt: now,
    waitlistNumber,
    pendingExpiresAt: null,
    offeredAt: null,
    offerExpiresAt: null,
  });
  await mailWaitlisted(sql, person, edition, waitingBefore + 1, clock);
}

/** Cancels, tells the person, and offers the freed seat to the head of the waiting list. */
export async function cancelPlace(sql: Statements, person: Person, edition: Edition, clock: Clock): Promise<void> {
  const now = clock.now();
  await setStatus(sql, person.id, "cancelled", now, { cancelledAt: now });
  // Someone who is not coming has no room to share or to find: their entry leaves the board.
  await sql.run(SQL`DELETE FROM "RoomShare" WHERE "registrationId" = ${person.id}`);
  await mailCancelled(sql, person, edition, clock);
  await fillFreedSeats(sql, edition, clock);
}

/** An organizer moves someone with a seat (or an offer) to the end of the waiting list. */
export async function moveToWaitingList(
  sql: Statements,
  person: Person,
  edition: Edition,
  clock: Clock,
): Promise<void> {
  const { waiting } = await seatsAndWaiting(sql, edition.id, clock.now());
  await putAtEndOfQueue(sql, person, edition, waiting, clock);
  await fillFreedSeats(sql, edition, clock);
}

/**
 * An organizer gives someone a seat directly: an offered person already holds theirs; someone
 * waiting needs a free one (false when there is none).
 */
export async function promote(
  sql: Statements,
  person: Person & { status: string },
  edition: Edition,
  clock: Clock,
): Promise<boolean> {
  const now = clock.now();
  if (person.status !== "offered") {
    await expireLapsedOffers(sql, edition.id, now);
    const { capacity, taken } = await seatsAndWaiting(sql, edition.id, now);
    if (taken >= capacity) return false;
  }
  await setStatus(sql, person.id, "confirmed", now, { confirmedAt: now, offerExpiresAt: null });
  await mailConfirmed(sql, person, edition, clock);
  return true;
}

const ANSWER_COLUMNS =
  raw(`name, city, country, affiliation, experience, interests, hopes, days, dietary, accessibility,
  "afternoonActivities", "publicListing", "newsletterOptIn", "codeOfConductAt", "githubUsername"`);

/**
 * The answers a registration that started over was given take effect, now that its owner has
 * confirmed: the person with the new name and newsletter choice (unchanged if there were none).
 */
export async function applyPendingAnswers<P extends { id: string; name: string; newsletterOptIn: boolean }>(
  sql: Statements,
  person: P,
): Promise<P> {
  const [applied] = await sql.rows<{
    name: string;
    newsletterOptIn: boolean;
  }>(SQL`UPDATE "Registration" r SET (${ANSWER_COLUMNS}) = (SELECT ${ANSWER_COLUMNS} FROM jsonb_populate_record(NULL::"Registration", r."pendingAnswers")),
       "pendingAnswers" = NULL,
       -- A new GitHub username is searched from its first page (the saved place was the old name's).
       "githubSearchPage" = CASE WHEN r."githubUsername" IS DISTINCT FROM r."pendingAnswers"->>'githubUsername' THEN NULL ELSE r."githubSearchPage" END,
       "githubSearchedAt" = CASE WHEN r."githubUsername" IS DISTINCT FROM r."pendingAnswers"->>'githubUsername' THEN NULL ELSE r."githubSearchedAt" END
     WHERE r.id = ${person.id} AND r."pendingAnswers" IS NOT NULL
     RETURNING name, "newsletterOptIn"`);
  return applied ? { ...person, ...applied } : person;
}

export type HeldPerson = Person & {
  status: RegistrationStatus;
  newsletterOptIn: boolean;
  pendingExpiresAt: Date | null;
  offerExpiresAt: Date | null;
};

/** A registration as the transitions need it, read under the edition's lock. */
export async function readPerson(sql: Statements, id: string): Promise<HeldPerson | undefined> {
  const [row] = await sql.rows<
    Omit<HeldPerson, "pendingExpiresAt" | "offerExpiresAt"> & {
      pendingExpiresMs: number | null;
      offerExpiresMs: number | null;
    }
  >(SQL`SELECT id, name, email, status::text AS status, "newsletterOptIn", ${epochMs('"pendingExpiresAt"', "pendingExpiresMs")}, ${epochMs('"offerExpiresAt"', "offerExpiresMs")}
     FROM "Registration" WHERE id = ${id}`);
  if (!row) return undefined;
  const { pendingExpiresMs, offerExpiresMs, ...person } = row;
  return { ...person, pendingExpiresAt: fromEpochMs(pendingExpiresMs), offerExpiresAt: fromEpochMs(offerExpiresMs) };
}

type StatusColumns = Partial<
  Record<
    "confirmedAt" | "waitlistedAt" | "offeredAt" | "offerExpiresAt" | "pendingExpiresAt" | "cancelledAt",
    Date | null
  >
> & { waitlistNumber?: number };

/** One UPDATE of a registration's status and the columns that go with it. */
export async function setStatus(
  sql: Statements,
  id: string,
  status: RegistrationStatus,
  now: Date,
  columns: StatusColumns = {},
): Promise<void> {
  // Column names come from StatusColumns' keys, a fixed list in the code; values are parameters.
  const assignments = Object.entries(columns).map(([column, value]) =>
    column === "waitlistNumber"
      ? SQL`, ${raw(`"${column}"`)} = ${value}::int`
      : SQL`, ${raw(`"${column}"`)} = ${value instanceof Date ? iso(value) : value}::timestamptz AT TIME ZONE 'UTC'`,
  );
  await sql.run(
    SQL`UPDATE "Registration" SET status = ${status}::"RegistrationStatus", "updatedAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC'${assignments.length > 0 ? join(assignments, "") : empty} WHERE id = ${id}`,
  );
}
