import { clock as appClock, type Clock } from "../../platform/clock";
import { listedColleagues } from "./reads/outcome-colleagues";
import { db } from "../../platform/db";
import { attendeeOf, outcomeFields, setContributors, type OutcomeChange } from "./changes";
import { recordStatus } from "./status-history";
import type { OutcomeInput } from "./schemas";

/** An attendee adds (outcomeId null) or edits one of their outcomes through the manage link. */
export async function saveOwnOutcome(
  token: string,
  outcomeId: string | null,
  input: OutcomeInput,
  clock: Clock = appClock(),
): Promise<OutcomeChange> {
  const now = clock.now();
  return db().$transaction(async (tx) => {
    const found = await attendeeOf(tx, token, now);
    if (!found.ok) return found;
    const { registration } = found;
    const editionId = registration.edition.id;
    if (outcomeId) {
      const existing = await tx.outcome.findUnique({ where: { id: outcomeId }, select: { addedById: true } });
      if (!existing || existing.addedById !== registration.id) return { ok: false, problem: "not-yours" };
      await tx.outcome.update({ where: { id: outcomeId }, data: outcomeFields(input, now) });
    } else {
      outcomeId = (
        await tx.outcome.create({
          data: { ...outcomeFields(input, now), editionId, addedById: registration.id, createdAt: now },
          select: { id: true },
        })
      ).id;
    }
    const choosable = new Set((await listedColleagues(editionId, registration.id, tx)).map((person) => person.id));
    await setContributors(tx, outcomeId, input.contributors, choosable, [registration.id]);
    await recordStatus(tx, outcomeId, input.status, now);
    return { ok: true, outcomeId };
  });
}
