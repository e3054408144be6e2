import type { RegistrationStatus } from "../../generated/prisma/client";
import type { Clock } from "../../platform/clock";
import { formatDateRange } from "../../platform/calendar/calendar";
import { cachedEditionCalendar, type IcsEdition } from "../../platform/calendar/ics";
import { isLockTimeout, TryAgainError } from "../../platform/database/errors";
import { SQL, iso, type Sql, type Statements } from "../../platform/database/statements";
import { hashToken } from "../../platform/security/tokens";
import { statements } from "../../platform/db";
import { env } from "../../platform/env";
import { REGISTRATION_CONSENT } from "../newsletter";
import { MANAGE_VALID_AFTER_EDITION_MS } from "./messages";
import { deadlineText } from "./application-deadline";
import { registrationEditionFrom, registrationEditionSelect } from "./edition-columns";

// The one module that changes who holds a seat, and the one that counts seats. Each change is
// one call of registration_seat_change (prisma/migrations/20261206110000_seat_statement, with the
// application kinds of 20261208000000_applications): the
// database takes the edition's lock, decides, writes the statuses and queues the emails, and
// the lock ends with the call. tests/unit/seat-statement-only.test.ts keeps it so.

/** An edition by application names its deadline: the emails of applications tell it. */
export type SeatEdition = IcsEdition & { id: string; applicationDeadline?: Date | null };

export type Placement = { status: "confirmed" } | { status: "waitlisted"; position: number };

export type SeatChange =
  | "confirm"
  | "accept-offer"
  | "cancel"
  | "waitlist"
  | "promote"
  | "release"
  // Selection by application (prisma/migrations/20261208000000_applications).
  | "accept-application"
  | "waitlist-application"
  | "decline-application";

export type SeatChangeResult = {
  result:
    | "confirmed"
    | "waitlisted"
    | "done"
    | "released"
    | "used"
    | "gone"
    | "wrong-status"
    | "lapsed"
    | "offer-expired"
    | "no-free-place"
    /** An application was received (confirm on an edition by application). */
    | "applied"
    /** A decision before the deadline for someone who needs no visa letter. */
    | "too-early";
  /** The status before the change. */
  from?: RegistrationStatus;
  /** The person's name after the change (a confirmation applies answers given since). */
  name?: string;
  /** The place in the queue, for someone who joined its end. */
  position?: number;
  /** Seats offered to the head of the waiting list by this change. */
  offered: number;
};

type ChangeOptions = {
  /** The confirm link to spend in the same call: of two presses, one wins. */
  tokenId?: string;
  /** The statuses the change may start from; another answers "wrong-status". */
  allowedFrom?: readonly RegistrationStatus[];
  /** No email (an erasure: the person asked for their data to go). */
  silent?: boolean;
};

let lockingEnabled = true;

/** Test-only: lets a control test show that without the lock concurrent confirmations oversell. */
export function setEditionLockingForTests(enabled: boolean): void {
  if (process.env.NODE_ENV !== "test" && !process.env.VITEST) throw new Error("only for tests");
  lockingEnabled = enabled;
}

/** What only the application knows, for the emails the database queues. */
function mailContext(edition: SeatEdition, now: Date, options: ChangeOptions) {
  const { siteUrl, registration } = env();
  return {
    lock: lockingEnabled,
    siteUrl,
    editionName: edition.name,
    dates: formatDateRange(edition.startsOn, edition.endsOn),
    manageExpiresAt: new Date(edition.endsOn.getTime() + MANAGE_VALID_AFTER_EDITION_MS).toISOString(),
    offerSeconds: registration.offerMs / 1000,
    offerHours: Math.round(registration.offerMs / 3_600_000),
    deadlineText: edition.applicationDeadline ? deadlineText(edition.applicationDeadline, edition.timeZone) : "",
    calendar: [
      {
        filename: `${edition.slug}.ics`,
        contentType: "text/calendar; charset=utf-8; method=PUBLISH",
        content: cachedEditionCalendar(edition, siteUrl),
      },
    ],
    consent: { source: "registration", wordingVersion: REGISTRATION_CONSENT.version },
    ...(options.tokenId ? { tokenId: options.tokenId } : {}),
    allowedFrom: options.allowedFrom ?? [],
    silent: options.silent ?? false,
  };
}

/**
 * One change of seats inside the caller's transaction (an organizer's change with its audit
 * entry, a saved edition, an erasure). A lock wait over 3 s becomes TryAgainError.
 */
export async function changeSeats(
  sql: Statements,
  change: SeatChange,
  edition: SeatEdition,
  registrationId: string | null,
  clock: Clock,
  options: ChangeOptions = {},
): Promise<SeatChangeResult> {
  const now = clock.now();
  return callSeatStatement(
    sql,
    SQL`SELECT registration_seat_change(${change}, ${edition.id}, ${registrationId}, ${iso(now)}::timestamptz AT TIME ZONE 'UTC', ${JSON.stringify(mailContext(edition, now, options))}::jsonb) AS change`,
  );
}

async function callSeatStatement(sql: Statements, query: Sql): Promise<SeatChangeResult> {
  try {
    const [row] = await sql.rows<{ change: SeatChangeResult }>(query);
    return row!.change;
  } catch (error) {
    if (isLockTimeout(error)) throw new TryAgainError();
    throw error;
  }
}

export type ConfirmResult =
  | SeatChangeResult
  | { result: "invalid" | "expired" | "used" | "edition-over"; offered?: undefined; position?: undefined };

/** The edition a confirmation expects, with its version (registration_edition_version): during a rush, every press is for the same one. */
type ExpectedEdition = SeatEdition & { version: string };
const expected: { edition: ExpectedEdition | null } = { edition: null };

async function readExpectedEdition(sql: Statements, editionId: string): Promise<ExpectedEdition | null> {
  const [row] = await sql.rows<Record<string, unknown> & { version: string }>(
    SQL`SELECT ${registrationEditionSelect("e")}, registration_edition_version(e) AS version FROM "Edition" e WHERE e.id = ${editionId}`,
  );
  return row ? { ...registrationEditionFrom(row), version: row.version } : null;
}

/**
 * The person pressed Confirm on their link: one statement (registration_confirm, in
 * prisma/migrations/20261210100000_confirm_statement) looks the link up, checks it, and makes the
 * seat statement's "confirm" change. The emails are written with the edition the call expects;
 * when the link is another edition's, or the edition changed since, the database answers which
 * edition it needs, and the call is made once more with it.
 */
export async function confirmWithLink(sql: Statements, token: string, clock: Clock): Promise<ConfirmResult> {
  const now = clock.now();
  const tokenHash = hashToken(token);
  let edition = expected.edition;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const context = edition
      ? { ...mailContext(edition, now, {}), editionId: edition.id, editionVersion: edition.version }
      : { lock: lockingEnabled };
    const change = await callSeatStatement(
      sql,
      SQL`SELECT registration_confirm(${tokenHash}, ${iso(now)}::timestamptz AT TIME ZONE 'UTC', ${env().localSite}, ${JSON.stringify(context)}::jsonb) AS change`,
    );
    if ((change.result as string) !== "needs-edition") {
      // Only an edition someone was just placed on becomes the one expected: a link that cannot
      // confirm (an edition over, say), pressed again and again, does not move it.
      if (edition && PLACED.has(change.result)) expected.edition = edition;
      return change as ConfirmResult;
    }
    edition = await readExpectedEdition(sql, (change as unknown as { editionId: string }).editionId);
    if (!edition) return { result: "invalid" };
  }
  // Only an edition saved again between each read and its call gets here: the link is still unspent.
  throw new TryAgainError();
}

const PLACED = new Set<string>(["confirmed", "waitlisted", "applied"]);

/**
 * Takes the edition's lock in the caller's transaction until it ends, for work that reads the
 * edition before it changes seats (saving an edition: two organizers' saves, and any
 * confirmation, then see each other's capacity). The seat statement takes it again, which a
 * transaction already holding it passes at once.
 */
export async function lockEdition(sql: Statements, editionId: string): Promise<void> {
  if (!lockingEnabled) return;
  try {
    await sql.run(
      SQL`SELECT set_config('lock_timeout', '3s', true), pg_advisory_xact_lock(hashtext(${`edition:${editionId}`}))`,
    );
  } catch (error) {
    if (isLockTimeout(error)) throw new TryAgainError();
    throw error;
  }
}

/** One change of seats as its own statement: the edition's lock lasts exactly as long as the call. */
export function changeSeatsNow(
  change: SeatChange,
  edition: SeatEdition,
  registrationId: string | null,
  clock: Clock,
  options: ChangeOptions = {},
): Promise<SeatChangeResult> {
  return changeSeats(statements(), change, edition, registrationId, clock, options);
}

export type Seats = { capacity: number; taken: number; waiting: number };

/**
 * The edition's capacity, the seats held right now (confirmed people and offers still open, an
 * offer whose email has not left yet included) and the people waiting. Taken can exceed
 * capacity once it was lowered: nobody loses a place, and no seat is given until the count is
 * under it again.
 */
export async function seatsAndWaiting(sql: Statements, editionId: string, now: Date): Promise<Seats> {
  const [row] = await sql.rows<Seats>(
    SQL`SELECT capacity, taken, waiting FROM registration_seats(${editionId}, ${iso(now)}::timestamptz AT TIME ZONE 'UTC')`,
  );
  return row && row.capacity !== null ? row : { capacity: 0, taken: 0, waiting: 0 };
}

/** Gives every offer whose email has left its end (on every edition): the send's time plus the offer's hours. */
export async function startOfferClocks(sql: Statements, now: Date): Promise<number> {
  const [row] = await sql.rows<{ started: number }>(
    SQL`SELECT registration_start_offer_clocks(NULL, ${iso(now)}::timestamptz AT TIME ZONE 'UTC', ${env().registration.offerMs / 1000}::double precision) AS started`,
  );
  return row!.started;
}

/** Editions with an offer to end: its window has passed, or its email failed for good. */
export async function editionsWithOffersToEnd(sql: Statements, now: Date): Promise<string[]> {
  const rows = await sql.rows<{ editionId: string }>(SQL`SELECT DISTINCT r."editionId" FROM "Registration" r
     LEFT JOIN "OutboxMessage" m ON m.id = r."offerMessageId"
     WHERE r.status = 'offered' AND (r."offerExpiresAt" <= ${iso(now)}::timestamptz AT TIME ZONE 'UTC' OR (r."offerExpiresAt" IS NULL AND m.status = 'failed'))`);
  return rows.map((row) => row.editionId);
}

/** Registrations nobody confirmed in time end as expired (they never held a seat). */
export async function expireUnconfirmed(sql: Statements, now: Date): Promise<number> {
  return sql.run(SQL`UPDATE "Registration" SET status = 'expired', "updatedAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC'
     WHERE status = 'pending' AND "pendingExpiresAt" <= ${iso(now)}::timestamptz AT TIME ZONE 'UTC'`);
}
