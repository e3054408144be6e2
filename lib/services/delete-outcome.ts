import { audit } from "../admin/audit";
import type { Organizer } from "../auth/require-organizer";
import { clock as appClock, type Clock } from "../clock";
import { db } from "../db";
import type { OutcomeChange } from "../outcomes/changes";

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
