import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import type { OutcomeChange } from "./changes";

/** An organizer deletes an outcome of any edition. */
export async function deleteOutcome(
  organizer: Organizer,
  outcomeId: string,
  clock: Clock = appClock(),
): Promise<OutcomeChange> {
  return db().$transaction(async (tx) => {
    const deleted = await tx.outcome.deleteMany({ where: { id: outcomeId } });
    if (deleted.count === 0) return { ok: false, problem: "outcome-gone" };
    await audit(organizer, "outcome.delete", `outcome:${outcomeId}`, {}, { tx, clock });
    return { ok: true, outcomeId };
  });
}
