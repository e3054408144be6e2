import { clock as appClock, type Clock } from "../../platform/clock";
import { db, statements } from "../../platform/db";
import { nudgeMailWorker } from "../../platform/mail";
import { changeSeatsNow } from "./seat-statement";
import { lookUpToken, type TokenProblem } from "./token-lookup";

// An applicant (by application) may withdraw, or change their answers, like anyone registered.
export const ACTIVE_STATUSES = ["pending", "confirmed", "waitlisted", "offered", "applied"] as const;

export type CancelOutcome = { ok: true } | { ok: false; problem: TokenProblem | "not-active" };

/** Cancels through the manage link; a seat it frees goes to the head of the waiting list. */
export async function cancelRegistration(token: string, clock: Clock = appClock()): Promise<CancelOutcome> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { edition, id } = found.registration;

  const change = await changeSeatsNow("cancel", edition, id, clock, { allowedFrom: ACTIVE_STATUSES });
  if (change.result !== "done") return { ok: false, problem: "not-active" };
  // A visa letter request (passport number, date of birth) goes at once: the letter would no longer be true.
  await db().visaLetterRequest.deleteMany({ where: { registrationId: id } });
  nudgeMailWorker();
  return { ok: true };
}
