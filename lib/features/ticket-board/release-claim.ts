import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { attendeeOf } from "../outcomes";
import type { BoardProblem } from "./wording";

/** The person who claimed a ticket gives it back (by their manage link). */
export async function releaseClaim(
  token: string,
  claimId: string,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: BoardProblem }> {
  const found = await attendeeOf(db(), token, clock.now());
  if (!found.ok) return found;
  const claim = await db().ticketClaim.findUnique({ where: { id: claimId }, select: { registrationId: true } });
  if (!claim) return { ok: false, problem: "no-such-claim" };
  if (claim.registrationId !== found.registration.id) return { ok: false, problem: "not-your-claim" };
  await db().ticketClaim.deleteMany({ where: { id: claimId, registrationId: found.registration.id } });
  return { ok: true };
}
