import { clock as appClock, type Clock } from "../../platform/clock";
import { statements } from "../../platform/db";
import { editionPhase } from "./registration-window";
import { nudgeMailWorker } from "../../platform/mail";
import { changeSeatsNow } from "./seat-statement";
import { lookUpToken, type TokenProblem } from "./token-lookup";

export type ConfirmOutcome =
  | { ok: true; status: "confirmed" }
  | { ok: true; status: "waitlisted"; position: number }
  /** On an edition by application: the application is received, no place yet. */
  | { ok: true; status: "applied" }
  | { ok: false; problem: TokenProblem | "lapsed" | "edition-over" };

/**
 * The person pressed Confirm: a free seat makes them confirmed, a full edition puts them at the
 * end of the waiting list. Two statements: the link's lookup, then the seat statement, which
 * spends the link and decides under the edition's lock inside the database.
 */
export async function confirmRegistration(token: string, clock: Clock = appClock()): Promise<ConfirmOutcome> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "confirm", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { edition } = found.registration;
  if (editionPhase(edition, now) === "past") return { ok: false, problem: "edition-over" };

  const change = await changeSeatsNow("confirm", edition, found.registration.id, clock, {
    tokenId: found.tokenId,
    allowedFrom: ["pending"],
  });
  if (change.result === "confirmed") {
    nudgeMailWorker();
    return { ok: true, status: "confirmed" };
  }
  if (change.result === "applied") {
    nudgeMailWorker();
    return { ok: true, status: "applied" };
  }
  if (change.result === "waitlisted") {
    nudgeMailWorker();
    return { ok: true, status: "waitlisted", position: change.position! };
  }
  // Spent by another press, or no longer pending: the link has done its work.
  return { ok: false, problem: change.result === "lapsed" ? "lapsed" : "used" };
}
