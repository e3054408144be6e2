import { clock as appClock, type Clock } from "../../platform/clock";
import { SQL, iso } from "../../platform/database/statements";
import { statements } from "../../platform/db";
import { editionPhase } from "./registration-window";
import { nudgeMailWorker } from "../../platform/mail";
import { withEditionLock } from "./edition-lock";
import { lookUpToken, type TokenProblem } from "./token-lookup";
import { applyPendingAnswers, placeConfirmedPerson, readPerson } from "./transitions";

export type ConfirmOutcome =
  | { ok: true; status: "confirmed" }
  | { ok: true; status: "waitlisted"; position: number }
  | { ok: false; problem: TokenProblem | "lapsed" | "edition-over" };

/**
 * The person pressed Confirm: a free seat makes them confirmed, a full edition puts them at the
 * end of the waiting list. Seats are counted from the rows under the edition's lock.
 */
export async function confirmRegistration(token: string, clock: Clock = appClock()): Promise<ConfirmOutcome> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "confirm", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { edition } = found.registration;
  if (editionPhase(edition, now) === "past") return { ok: false, problem: "edition-over" };

  const outcome = await withEditionLock(edition.id, async (sql): Promise<ConfirmOutcome> => {
    // Spend the token inside the lock: of two presses, one wins and the other sees "used".
    const spent = await sql.run(
      SQL`UPDATE "RegistrationToken" SET "usedAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC' WHERE id = ${found.tokenId} AND "usedAt" IS NULL`,
    );
    if (spent === 0) return { ok: false, problem: "used" };
    const person = await readPerson(sql, found.registration.id);
    if (!person || person.status !== "pending") return { ok: false, problem: "used" };
    if (person.pendingExpiresAt !== null && person.pendingExpiresAt <= now) return { ok: false, problem: "lapsed" };

    const placement = await placeConfirmedPerson(sql, await applyPendingAnswers(sql, person), edition, clock);
    return { ok: true, ...placement };
  });
  nudgeMailWorker();
  return outcome;
}
