import type { Organizer } from "../../platform/auth/organizer";
import { daysBetween } from "../../platform/calendar/zoned-time";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { audit } from "../organizers";
import { dayPlan } from "../tables";
import type { BoardProblem } from "./wording";

type Answer = { ok: true } | { ok: false; problem: BoardProblem };

/** An organizer moves a claim to another person, day or table (null: the person's own claim). */
export async function moveClaim(
  organizer: Organizer,
  editionId: string,
  claimId: string,
  to: { registrationId: string; day: string; table: number | null },
  clock: Clock = appClock(),
): Promise<Answer> {
  const edition = await db().edition.findUnique({ where: { id: editionId }, select: { startsOn: true, endsOn: true } });
  if (!edition) return { ok: false, problem: "no-such-edition" };
  if (!daysBetween(edition.startsOn, edition.endsOn).includes(to.day)) return { ok: false, problem: "not-a-day" };
  const person = await db().registration.findFirst({
    where: { id: to.registrationId, editionId, status: "confirmed" },
    select: { id: true },
  });
  if (!person) return { ok: false, problem: "not-attending" };
  if (to.table !== null) {
    const plan = await dayPlan(editionId, to.day);
    if (!plan || to.table >= plan.tableCount) return { ok: false, problem: "no-such-table" };
  }
  return db().$transaction(async (tx) => {
    const claim = await tx.ticketClaim.findFirst({
      where: { id: claimId, editionId },
      select: { registrationId: true, day: true, table: true },
    });
    if (!claim) return { ok: false as const, problem: "no-such-claim" as const };
    await tx.ticketClaim.update({ where: { id: claimId }, data: to });
    await audit(organizer, "board.move-claim", `claim:${claimId}`, { from: claim, to }, { tx, clock });
    return { ok: true as const };
  });
}

/** An organizer releases a claim (the ticket is free again). */
export async function releaseClaimAsOrganizer(
  organizer: Organizer,
  editionId: string,
  claimId: string,
  clock: Clock = appClock(),
): Promise<Answer> {
  return db().$transaction(async (tx) => {
    const claim = await tx.ticketClaim.findFirst({
      where: { id: claimId, editionId },
      select: { registrationId: true, day: true, table: true, ticketId: true },
    });
    if (!claim) return { ok: false as const, problem: "no-such-claim" as const };
    await tx.ticketClaim.delete({ where: { id: claimId } });
    await audit(organizer, "board.release-claim", `claim:${claimId}`, claim, { tx, clock });
    return { ok: true as const };
  });
}
