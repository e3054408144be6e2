import { clock as appClock, type Clock } from "../../platform/clock";
import { SQL, empty, iso, join, newRowId, raw, type Statements } from "../../platform/database/statements";
import { statements, transaction } from "../../platform/db";
import { env } from "../../platform/env";
import { daysBetween } from "../../platform/calendar/zoned-time";
import { registrationWindow } from "./registration-window";
import { nudgeMailWorker } from "../../platform/mail";
import { readRegistrationEditionFor, type EarlierRegistration } from "./edition-columns";
import { isUniqueViolation } from "../../platform/database/errors";
import { confirmLinkWrites, mailAlready, mailConfirmLink } from "./messages";
import type { FormProblem } from "./wording";
import { storedAnswers, type RegistrationForm } from "./schemas";

export type RegisterOutcome = { ok: true } | { ok: false; problem: FormProblem };

export type RegisterOptions = {
  /** What another feature adds to a registration this submission created, in its transaction (a travel grant request). */
  afterInsert?: (sql: Statements, registrationId: string) => Promise<void>;
  /** Where the statements outside a transaction go (a test counts them). */
  sql?: Statements;
  /** The first read, sent earlier by readForRegistration: used when it is this edition's and this address's. */
  readAhead?: RegistrationRead;
};

/** What registering reads first: the edition, with the registration the address already has there. */
export type RegistrationRead = {
  slug: string;
  email: string;
  found: Awaited<ReturnType<typeof readRegistrationEditionFor>>;
};

/** That read on its own, for a caller that sends it beside its checks (the form's action). It changes nothing. */
export async function readForRegistration(slug: string, email: string): Promise<RegistrationRead> {
  return { slug, email, found: await readRegistrationEditionFor(statements(), slug, email) };
}

/**
 * Saves a registration as pending and queues its confirmation email, in one transaction. The
 * caller shows the same "check your email" answer whatever happened here with an address that
 * was already registered: that person gets an email saying so instead.
 */
export async function registerForEdition(
  slug: string,
  form: RegistrationForm,
  clock: Clock = appClock(),
  { afterInsert, sql = statements(), readAhead }: RegisterOptions = {},
): Promise<RegisterOutcome> {
  const { email } = form;
  // The edition and the address's earlier registration in one read: a turn fewer on a busy server.
  const read =
    readAhead?.slug === slug && readAhead.email === email
      ? readAhead.found
      : await readRegistrationEditionFor(sql, slug, email);
  if (!read) return { ok: false, problem: "unknown-edition" };
  const { edition } = read;
  const now = clock.now();
  if (registrationWindow(edition, now) !== "open") return { ok: false, problem: "closed" };
  const editionDays = new Set(daysBetween(edition.startsOn, edition.endsOn));
  if (form.days.some((day) => !editionDays.has(day))) return { ok: false, problem: "invalid-days" };
  const byApplication = edition.selection === "by_application";
  if (byApplication && !form.applicationAnswer) return { ok: false, problem: "answer-required" };

  // A first-come edition keeps no application answers.
  const answers = byApplication
    ? storedAnswers(form)
    : { ...storedAnswers(form), applicationAnswer: null, needsVisaLetter: false };
  // No edition lock here: a pending registration holds no seat. The unique index on
  // (edition, email) settles a race between two submissions; the loser retries and finds the row.
  // Plain statements: this is the busiest write of the site.
  const save = async (sql: Statements, existing: Existing | undefined) => {
    const pendingExpiresAt = new Date(now.getTime() + env().registration.pendingMs);
    if (existing && ["confirmed", "waitlisted", "offered", "applied", "declined"].includes(existing.status)) {
      await mailAlready(sql, existing, edition, clock);
      return;
    }
    if (existing?.status === "pending") {
      // The first answers stand; the owner can change them once confirmed. Read before this
      // transaction (the form's action reads ahead), the row may have been confirmed since: then
      // nothing changes here and the retry reads it again.
      const renewed = await sql.run(
        SQL`UPDATE "Registration" SET "pendingExpiresAt" = ${iso(pendingExpiresAt)}::timestamptz AT TIME ZONE 'UTC', "updatedAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC' WHERE id = ${existing.id} AND status = 'pending'`,
      );
      if (renewed === 0) throw new ConcurrentRegistration();
      await mailConfirmLink(sql, existing, edition, pendingExpiresAt, clock, {
        earlierLinks: true,
        application: byApplication,
      });
      return;
    }
    // A new registration, or a cancelled or lapsed one starting over: its new answers wait in
    // "pendingAnswers" until the owner confirms (applyPendingAnswers), so whoever typed the
    // address cannot change the name others see (outcome credits, the attendee list).
    // One statement: the row, its links and its email are written together, or, if another
    // submission got there first, none of them.
    const person = { id: existing?.id ?? newRowId(), name: answers.name, email };
    const saved = SQL`EXISTS (SELECT 1 FROM person)`;
    // A registration starting over ends its earlier links in statements of its own, after the row:
    // every part of one statement sees the rows as they were when it began, and a restart that
    // waited for another to commit would not see, nor end, the link that one just sent.
    const writes = existing
      ? []
      : confirmLinkWrites(person, edition, pendingExpiresAt, clock, { application: byApplication }, saved);
    const [row] = await sql.rows<{ id: string }>(SQL`WITH person AS (
       INSERT INTO "Registration" AS r (id, "editionId", status, name, email, city, country, affiliation, experience, interests, hopes, days, dietary, accessibility,
         "afternoonActivities", "publicListing", "canHelpSetUp", "newsletterOptIn", "githubUsername", "applicationAnswer", "needsVisaLetter", "codeOfConductAt", "createdAt", "updatedAt", "pendingExpiresAt")
       VALUES (${person.id}, ${edition.id}, 'pending', ${answers.name}, ${email}, ${answers.city}, ${answers.country}, ${answers.affiliation}, ${answers.experience}, ${answers.interests}::text[], ${answers.hopes}, ${answers.days}::text[], ${answers.dietary}, ${answers.accessibility}, ${answers.afternoonActivities}, ${answers.publicListing}, ${answers.canHelpSetUp}, ${answers.newsletterOptIn}, ${answers.githubUsername}, ${answers.applicationAnswer}, ${answers.needsVisaLetter},
         ${iso(now)}::timestamptz AT TIME ZONE 'UTC', ${iso(now)}::timestamptz AT TIME ZONE 'UTC', ${iso(now)}::timestamptz AT TIME ZONE 'UTC', ${iso(pendingExpiresAt)}::timestamptz AT TIME ZONE 'UTC')
       ON CONFLICT ("editionId", email) DO UPDATE SET
         status = 'pending', "pendingAnswers" = ${JSON.stringify({ ...answers, codeOfConductAt: iso(now) })}::jsonb, "updatedAt" = excluded."updatedAt",
         "pendingExpiresAt" = excluded."pendingExpiresAt", "confirmedAt" = NULL, "waitlistedAt" = NULL, "waitlistNumber" = NULL, "offeredAt" = NULL,
         "offerExpiresAt" = NULL, "cancelledAt" = NULL, "stillComingSentAt" = NULL
       -- Only a registration that holds no seat starts over: one confirmed meanwhile keeps its place.
       WHERE r.id = ${existing?.id ?? null} AND r.status IN ('pending', 'cancelled', 'expired')
       RETURNING id)
     ${
       writes.length > 0
         ? join(
             writes.map((write, i) => SQL`, ${raw(`write${i}`)} AS (${write})`),
             "",
           )
         : empty
     }
     SELECT id FROM person`);
    // No row: another submission with this address committed first. Its retry finds that row.
    if (!row) throw new ConcurrentRegistration();
    if (existing) {
      await mailConfirmLink(sql, person, edition, pendingExpiresAt, clock, {
        earlierLinks: true,
        application: byApplication,
      });
    }
    await afterInsert?.(sql, row.id);
  };
  // A new address with nothing added is one statement of its own; the rarer paths (an address
  // already registered, pending or starting over, a feature's addition) run in a transaction.
  const attempt = async (existing: Existing | undefined) => {
    if (!afterInsert && !existing) return save(sql, existing);
    return transaction((tx) => save(tx, existing));
  };
  try {
    await attempt(read.earlier);
  } catch (error) {
    if (!isUniqueViolation(error) && !(error instanceof ConcurrentRegistration)) throw error;
    await attempt(await findExisting(sql, edition.id, email));
  }
  nudgeMailWorker();
  return { ok: true };
}

type Existing = EarlierRegistration;

function findExisting(sql: Statements, editionId: string, email: string): Promise<Existing | undefined> {
  return sql
    .rows<Existing>(
      SQL`SELECT id, name, email, status::text AS status FROM "Registration" WHERE "editionId" = ${editionId} AND email = ${email}`,
    )
    .then(([row]) => row);
}

class ConcurrentRegistration extends Error {
  constructor() {
    super("another submission changed this address's registration first");
    this.name = "ConcurrentRegistration";
  }
}
