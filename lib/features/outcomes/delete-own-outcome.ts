import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { attendeeOf, type OutcomeChange } from "./changes";

/** An attendee removes an outcome they added, through the manage link. */
export async function deleteOwnOutcome(
  token: string,
  outcomeId: string,
  clock: Clock = appClock(),
): Promise<OutcomeChange> {
  return db().$transaction(async (tx) => {
    const found = await attendeeOf(tx, token, clock.now());
    if (!found.ok) return found;
    const deleted = await tx.outcome.deleteMany({ where: { id: outcomeId, addedById: found.registration.id } });
    return deleted.count === 1 ? { ok: true, outcomeId } : { ok: false, problem: "not-yours" };
  });
}
