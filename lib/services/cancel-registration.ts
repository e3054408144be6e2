import { clock as appClock, type Clock } from "../clock";
import { db } from "../db";
import { nudgeMailWorker } from "../mail";
import { withEditionLock } from "../registration/edition-lock";
import { mailCancelled } from "../registration/messages";
import { fillFreedSeats } from "../registration/seats";
import { lookUpToken, type TokenProblem } from "../registration/token-lookup";

export type CancelOutcome = { ok: true } | { ok: false; problem: TokenProblem | "not-active" };

const ACTIVE = ["pending", "confirmed", "waitlisted", "offered"] as const;

/** Cancels through the manage link; a seat it frees goes to the head of the waiting list. */
export async function cancelRegistration(token: string, clock: Clock = appClock()): Promise<CancelOutcome> {
  const now = clock.now();
  const found = await lookUpToken(db(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { edition, id } = found.registration;

  const outcome = await withEditionLock(edition.id, async (tx): Promise<CancelOutcome> => {
    const person = await tx.registration.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, email: true, status: true } });
    if (!(ACTIVE as readonly string[]).includes(person.status)) return { ok: false, problem: "not-active" };
    await tx.registration.update({ where: { id }, data: { status: "cancelled", cancelledAt: now, updatedAt: now } });
    await mailCancelled(tx, person, edition, clock);
    await fillFreedSeats(tx, edition, clock);
    return { ok: true };
  });
  nudgeMailWorker();
  return outcome;
}
