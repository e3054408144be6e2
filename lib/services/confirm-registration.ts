import { clock as appClock, type Clock } from "../clock";
import { utc } from "../database/raw-values";
import { db } from "../db";
import { editionPhase } from "../editions/status";
import { nudgeMailWorker } from "../mail";
import { withEditionLock } from "../registration/edition-lock";
import { lookUpToken, type TokenProblem } from "../registration/token-lookup";
import { placeConfirmedPerson } from "../registration/transitions";

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
  const found = await lookUpToken(db(), token, "confirm", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { edition } = found.registration;
  if (editionPhase(edition, now) === "past") return { ok: false, problem: "edition-over" };

  const outcome = await withEditionLock(edition.id, async (tx): Promise<ConfirmOutcome> => {
    // Spend the token inside the lock: of two presses, one wins and the other sees "used".
    // Raw statements: this is the edition's critical section, one confirmation at a time.
    const spent = await tx.$executeRaw`UPDATE "RegistrationToken" SET "usedAt" = ${utc(now)} WHERE id = ${found.tokenId} AND "usedAt" IS NULL`;
    if (spent === 0) return { ok: false, problem: "used" };
    const [person] = await tx.$queryRaw<{ id: string; name: string; email: string; status: string; pendingExpiresMs: number | null; newsletterOptIn: boolean }[]>`
      SELECT id, name, email, status::text AS status, (extract(epoch FROM "pendingExpiresAt") * 1000)::float8 AS "pendingExpiresMs", "newsletterOptIn"
      FROM "Registration" WHERE id = ${found.registration.id}`;
    if (!person || person.status !== "pending") return { ok: false, problem: "used" };
    if (person.pendingExpiresMs !== null && person.pendingExpiresMs <= now.getTime()) return { ok: false, problem: "lapsed" };

    const placement = await placeConfirmedPerson(tx, person, edition, clock);
    return { ok: true, ...placement };
  });
  nudgeMailWorker();
  return outcome;
}
