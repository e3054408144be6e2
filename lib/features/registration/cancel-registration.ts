import { clock as appClock, type Clock } from "../../platform/clock";
import { statements } from "../../platform/db";
import { nudgeMailWorker } from "../../platform/mail";
import { withEditionLock } from "./edition-lock";
import { lookUpToken, type TokenProblem } from "./token-lookup";
import { cancelPlace, readPerson } from "./transitions";

export const ACTIVE_STATUSES = ["pending", "confirmed", "waitlisted", "offered"] as const;

export type CancelOutcome = { ok: true } | { ok: false; problem: TokenProblem | "not-active" };

/** Cancels through the manage link; a seat it frees goes to the head of the waiting list. */
export async function cancelRegistration(token: string, clock: Clock = appClock()): Promise<CancelOutcome> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { edition, id } = found.registration;

  const outcome = await withEditionLock(edition.id, async (sql): Promise<CancelOutcome> => {
    const person = await readPerson(sql, id);
    if (!person || !(ACTIVE_STATUSES as readonly string[]).includes(person.status))
      return { ok: false, problem: "not-active" };
    await cancelPlace(sql, person, edition, clock);
    return { ok: true };
  });
  nudgeMailWorker();
  return outcome;
}
