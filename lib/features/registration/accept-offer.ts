import { clock as appClock, type Clock } from "../../platform/clock";
import { statements } from "../../platform/db";
import { nudgeMailWorker } from "../../platform/mail";
import { changeSeatsNow } from "./seat-statement";
import { lookUpToken, type TokenProblem } from "./token-lookup";

export type AcceptOutcome = { ok: true } | { ok: false; problem: TokenProblem | "no-offer" | "offer-expired" };

/** Takes up an offered seat before the offer runs out (an offer whose email has not left yet is open). */
export async function acceptOffer(token: string, clock: Clock = appClock()): Promise<AcceptOutcome> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { edition, id } = found.registration;

  const change = await changeSeatsNow("accept-offer", edition, id, clock, { allowedFrom: ["offered"] });
  if (change.result === "confirmed" || change.offered > 0) nudgeMailWorker();
  if (change.result === "confirmed") return { ok: true };
  return { ok: false, problem: change.result === "offer-expired" ? "offer-expired" : "no-offer" };
}
