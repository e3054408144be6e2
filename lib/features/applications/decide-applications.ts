import { clock as appClock, type Clock } from "../../platform/clock";
import type { Organizer } from "../../platform/auth/organizer";
import { SQL, iso } from "../../platform/database/statements";
import { db, transaction } from "../../platform/db";
import { nudgeMailWorker } from "../../platform/mail";
import { audit } from "../organizers";
import { changeSeats, lockEdition, registrationEditionColumns } from "../registration";
import type { Decision, DecisionRefusal } from "./wording";

const CHANGE = {
  accept: "accept-application",
  waitlist: "waitlist-application",
  decline: "decline-application",
} as const;

/** Only a received application is decided; someone waiting may still be declined. */
const ALLOWED_FROM = {
  accept: ["applied"],
  waitlist: ["applied"],
  decline: ["applied", "waitlisted"],
} as const;

export type DecisionOutcome =
  | {
      ok: true;
      decision: Decision;
      decided: { id: string; name: string; position?: number }[];
      refused: DecisionRefusal[];
    }
  | { ok: false; problem: "edition-gone" | "not-by-application" };

/**
 * An organizer's decision for several applications at once, in one transaction under the
 * edition's lock: each person is one call of the seat statement, in the order of their
 * applications, with its audit entry. Whoever does not fit (no place left, too early, already
 * decided) is refused by name, and the others are decided: never a place beyond the capacity.
 */
export async function decideApplications(
  organizer: Organizer,
  editionId: string,
  registrationIds: string[],
  decision: Decision,
  clock: Clock = appClock(),
): Promise<DecisionOutcome> {
  const edition = await db().edition.findUnique({
    where: { id: editionId },
    select: { ...registrationEditionColumns, selection: true },
  });
  if (!edition) return { ok: false, problem: "edition-gone" };
  if (edition.selection !== "by_application") return { ok: false, problem: "not-by-application" };
  const outcome = await transaction(async (sql): Promise<DecisionOutcome> => {
    await lockEdition(sql, editionId);
    const people = await sql.rows<{ id: string; name: string }>(
      SQL`SELECT id, name FROM "Registration" WHERE "editionId" = ${editionId} AND id = ANY(${registrationIds}::text[])
        ORDER BY "appliedAt" NULLS LAST, "createdAt", id`,
    );
    const decided: { id: string; name: string; position?: number }[] = [];
    const refused: DecisionRefusal[] = [];
    // Before the deadline only accept or decline (early decisions, for visa letters): an early
    // waiting-list number would come before everyone waitlisted at the deadline (queue jumping).
    // The deadline is read again under the lock, as the edition's form may have just moved it.
    if (decision === "waitlist") {
      const [current] = await sql.rows<{ early: boolean }>(
        SQL`SELECT ("applicationDeadline" IS NULL
            OR ${iso(clock.now())}::timestamptz AT TIME ZONE 'UTC' < "applicationDeadline") AS early
          FROM "Edition" WHERE id = ${editionId}`,
      );
      if (current?.early) {
        for (const { id, name } of people) refused.push({ id, name, problem: "no-early-waitlist" });
        return { ok: true, decision, decided, refused };
      }
    }
    for (const { id } of people) {
      const change = await changeSeats(sql, CHANGE[decision], edition, id, clock, {
        allowedFrom: ALLOWED_FROM[decision],
      });
      const name = change.name ?? "";
      if (change.result === "done") {
        decided.push({ id, name, ...(change.position ? { position: change.position } : {}) });
        await audit(
          organizer,
          `application.${decision}`,
          `registration:${id}`,
          { from: change.from!, ...(change.position ? { position: change.position } : {}) },
          { tx: sql, clock },
        );
      } else if (change.result === "no-free-place" || change.result === "too-early") {
        refused.push({ id, name, problem: change.result });
      } else if (change.result === "wrong-status") {
        refused.push({ id, name, problem: "already-decided", status: change.from! });
      } else if (change.result !== "gone") {
        throw new Error(`the seat statement answered ${change.result} to an application's ${decision}`);
      }
    }
    return { ok: true, decision, decided, refused };
  });
  nudgeMailWorker();
  return outcome;
}
