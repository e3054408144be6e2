import { clock as appClock, type Clock } from "../../platform/clock";
import { statements } from "../../platform/db";
import { nudgeMailWorker } from "../../platform/mail";
import { withEditionLock } from "./edition-lock";
import { mailConfirmed } from "./messages";
import { expireLapsedOffers, fillFreedSeats } from "./seats";
import { lookUpToken, type TokenProblem } from "./token-lookup";
import { readPerson, setStatus } from "./transitions";

export type AcceptOutcome = { ok: true } | { ok: false; problem: TokenProblem | "no-offer" | "offer-expired" };

/** Takes up an offered seat before the offer runs out (an offer whose email has not left yet is open). */
export async function acceptOffer(token: string, clock: Clock = appClock()): Promise<AcceptOutcome> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { edition, id } = found.registration;

  const outcome = await withEditionLock(edition.id, async (sql): Promise<AcceptOutcome> => {
    const ended = await expireLapsedOffers(sql, edition.id, now);
    const person = await readPerson(sql, id);
    if (person?.status === "expired") {
      if (ended > 0) await fillFreedSeats(sql, edition, clock); // the seats of the offers just ended pass on
      return { ok: false, problem: "offer-expired" };
    }
    if (person?.status !== "offered") return { ok: false, problem: "no-offer" };
    await setStatus(sql, id, "confirmed", now, { confirmedAt: now, offerExpiresAt: null });
    await mailConfirmed(sql, person, edition, clock);
    return { ok: true };
  });
  nudgeMailWorker();
  return outcome;
}
