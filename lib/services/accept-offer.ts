import { clock as appClock, type Clock } from "../clock";
import { db } from "../db";
import { nudgeMailWorker } from "../mail";
import { withEditionLock } from "../registration/edition-lock";
import { mailConfirmed } from "../registration/messages";
import { fillFreedSeats } from "../registration/seats";
import { lookUpToken, type TokenProblem } from "../registration/token-lookup";

export type AcceptOutcome = { ok: true } | { ok: false; problem: TokenProblem | "no-offer" | "offer-expired" };

/** Takes up an offered seat before the offer runs out. */
export async function acceptOffer(token: string, clock: Clock = appClock()): Promise<AcceptOutcome> {
  const now = clock.now();
  const found = await lookUpToken(db(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { edition, id } = found.registration;

  const outcome = await withEditionLock(edition.id, async (tx): Promise<AcceptOutcome> => {
    const person = await tx.registration.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, email: true, status: true, offerExpiresAt: true } });
    if (person.status !== "offered") return { ok: false, problem: person.status === "expired" ? "offer-expired" : "no-offer" };
    if (!person.offerExpiresAt || person.offerExpiresAt <= now) {
      await fillFreedSeats(tx, edition, clock); // expires this offer and passes the seat on
      return { ok: false, problem: "offer-expired" };
    }
    await tx.registration.update({ where: { id }, data: { status: "confirmed", confirmedAt: now, offerExpiresAt: null, updatedAt: now } });
    await mailConfirmed(tx, person, edition, clock);
    return { ok: true };
  });
  nudgeMailWorker();
  return outcome;
}
