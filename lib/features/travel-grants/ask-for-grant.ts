import { clock as appClock, type Clock } from "../../platform/clock";
import { db, statements } from "../../platform/db";
import { SQL, iso, newRowId, type Statements } from "../../platform/database/statements";
import { sealingAvailable } from "../../platform/security/sealed-fields";
import { lookUpToken } from "../registration";
import type { GrantAsk } from "./schemas";
import { sealReason } from "./seal";
import type { GrantProblem } from "./wording";

/** Registrations that may ask: those still holding, waiting for or offered a place, and applicants. */
const ACTIVE = ["pending", "confirmed", "waitlisted", "offered", "applied"];

export type AskOutcome = { ok: true; changed: boolean } | { ok: false; problem: GrantProblem };

/**
 * Asks for a travel grant through the manage link, or changes the request while it is undecided.
 * The reason is sealed at rest; one request per registration.
 */
export async function askForGrant(token: string, ask: GrantAsk, clock: Clock = appClock()): Promise<AskOutcome> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { registration } = found;
  if (!ACTIVE.includes(registration.status)) return { ok: false, problem: "not-active" };
  const edition = await db().edition.findUnique({
    where: { id: registration.edition.id },
    select: { grantsOpen: true },
  });
  if (!edition?.grantsOpen) return { ok: false, problem: "not-open" };
  if (!sealingAvailable()) return { ok: false, problem: "no-key" };
  return db().$transaction(async (tx): Promise<AskOutcome> => {
    const existing = await tx.travelGrant.findUnique({
      where: { registrationId: registration.id },
      select: { id: true, status: true },
    });
    if (existing && existing.status !== "asked") return { ok: false, problem: "already-decided" };
    if (existing) {
      await tx.travelGrant.update({
        where: { id: existing.id },
        data: {
          amountAsked: ask.amount,
          reasonSealed: sealReason(ask.reason, existing.id, registration.id),
          updatedAt: now,
        },
      });
      return { ok: true, changed: true };
    }
    const id = newRowId();
    await tx.travelGrant.create({
      data: {
        id,
        registrationId: registration.id,
        editionId: registration.edition.id,
        amountAsked: ask.amount,
        reasonSealed: sealReason(ask.reason, id, registration.id),
        createdAt: now,
        updatedAt: now,
      },
    });
    return { ok: true, changed: false };
  });
}

/** Withdraws an undecided request through the manage link. */
export async function withdrawGrantRequest(
  token: string,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: GrantProblem }> {
  const found = await lookUpToken(statements(), token, "manage", clock.now());
  if (!found.ok) return { ok: false, problem: found.problem };
  const registrationId = found.registration.id;
  const removed = await db().travelGrant.deleteMany({ where: { registrationId, status: "asked" } });
  if (removed.count === 1) return { ok: true };
  const decided = await db().travelGrant.count({ where: { registrationId } });
  return { ok: false, problem: decided > 0 ? "already-decided" : "no-grant" };
}

/**
 * The request made with a registration, inside the registration's transaction: written only when
 * the edition's grants are open, only with a row this submission freshly inserted (a cancelled or
 * lapsed row starting over keeps its new answers in "pendingAnswers" until its owner confirms, so
 * whoever typed a past attendee's address attaches nothing to their row), and never over a
 * request the registration already has.
 */
export async function insertGrantAsk(sql: Statements, registrationId: string, ask: GrantAsk, now: Date): Promise<void> {
  if (!sealingAvailable()) return;
  const id = newRowId();
  await sql.run(SQL`
    INSERT INTO "TravelGrant" (id, "registrationId", "editionId", "amountAsked", "reasonSealed", "createdAt", "updatedAt")
    SELECT ${id}, r.id, r."editionId", ${ask.amount}, ${sealReason(ask.reason, id, registrationId)},
      ${iso(now)}::timestamptz AT TIME ZONE 'UTC', ${iso(now)}::timestamptz AT TIME ZONE 'UTC'
    FROM "Registration" r JOIN "Edition" e ON e.id = r."editionId"
    WHERE r.id = ${registrationId} AND e."grantsOpen" AND r.status = 'pending' AND r."pendingAnswers" IS NULL
    ON CONFLICT ("registrationId") DO NOTHING`);
}
