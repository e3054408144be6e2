import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { outcomeFields, setContributors, type OutcomeChange } from "./changes";
import { recordStatus } from "./status-history";
import type { OutcomeInput } from "./schemas";

/** Organizers add or edit any outcome of an edition; contributors are any of its confirmed people. */
export async function saveOutcome(
  organizer: Organizer,
  editionId: string,
  outcomeId: string | null,
  input: OutcomeInput,
  clock: Clock = appClock(),
): Promise<OutcomeChange> {
  const now = clock.now();
  return db().$transaction(async (tx) => {
    if (outcomeId) {
      const updated = await tx.outcome.updateMany({
        where: { id: outcomeId, editionId },
        data: outcomeFields(input, now),
      });
      if (updated.count === 0) return { ok: false, problem: "outcome-gone" };
    } else {
      const edition = await tx.edition.findUnique({ where: { id: editionId }, select: { id: true } });
      if (!edition) return { ok: false, problem: "edition-gone" };
      outcomeId = (
        await tx.outcome.create({
          data: { ...outcomeFields(input, now), editionId, createdAt: now },
          select: { id: true },
        })
      ).id;
    }
    const confirmed = await tx.registration.findMany({
      where: { editionId, status: "confirmed" },
      select: { id: true },
    });
    await setContributors(tx, outcomeId, input.contributors, new Set(confirmed.map((row) => row.id)), []);
    await recordStatus(tx, outcomeId, input.status, now);
    await audit(
      organizer,
      "outcome.save",
      `outcome:${outcomeId}`,
      { title: input.title, status: input.status },
      { tx, clock },
    );
    return { ok: true, outcomeId };
  });
}
