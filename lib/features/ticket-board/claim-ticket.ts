import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { isUniqueViolation } from "../../platform/database/errors";
import { attendeeOf } from "../outcomes";
import { daysBetween } from "../../platform/calendar/zoned-time";
import { tableOf } from "../ticket-claims";
import { todayIn } from "../../platform/calendar/calendar";
import { MAX_CLAIMS_A_DAY, type BoardProblem } from "./wording";

export type ClaimAnswer = { ok: true } | { ok: false; problem: BoardProblem };

/**
 * A confirmed attendee (by their manage link) claims a ticket for a day they come, today or still
 * to come, for themselves or for their table that day, up to MAX_CLAIMS_A_DAY a day. A ticket has
 * one claim: the unique index settles two claims at once, and the second is told it is taken.
 * (A claim on a day that is over would let anyone take credit for a pull request found later:
 * discovery links it to the claim, and accepting it credits the claimant.)
 */
export async function claimTicket(
  token: string,
  ticketId: string,
  input: { day: string; who: "me" | "table" },
  clock: Clock = appClock(),
): Promise<ClaimAnswer> {
  const now = clock.now();
  const found = await attendeeOf(db(), token, now);
  if (!found.ok) return found;
  const { id: registrationId, days, edition } = found.registration;
  const ticket = await db().boardTicket.findFirst({
    where: { id: ticketId, editionId: edition.id },
    select: { id: true },
  });
  if (!ticket) return { ok: false, problem: "no-such-ticket" };
  if (!days.includes(input.day) || !daysBetween(edition.startsOn, edition.endsOn).includes(input.day))
    return { ok: false, problem: "not-your-day" };
  if (input.day < todayIn(edition.timeZone, now)) return { ok: false, problem: "day-over" };
  const held = await db().ticketClaim.count({ where: { registrationId, day: input.day } });
  if (held >= MAX_CLAIMS_A_DAY) return { ok: false, problem: "too-many-claims" };
  const table = input.who === "table" ? await tableOf(edition.id, input.day, registrationId) : null;
  if (input.who === "table" && table === null) return { ok: false, problem: "no-table" };
  // No look first: the unique index on the ticket answers whether it is taken, race or not.
  try {
    await db().ticketClaim.create({
      data: { ticketId, editionId: edition.id, registrationId, day: input.day, table, createdAt: now },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, problem: "already-claimed" };
    throw error;
  }
  return { ok: true };
}
