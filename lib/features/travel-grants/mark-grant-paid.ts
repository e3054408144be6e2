import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { prismaStatements } from "../../platform/database/statements";
import { audit } from "../organizers";
import type { GrantProblem } from "./wording";

type Outcome =
  { ok: true } | { ok: false; problem: Extract<GrantProblem, "no-grant" | "not-granted" | "not-cancelled"> };

/** Records the day a granted grant was paid (it may be corrected: the last date stands). */
export async function markGrantPaid(
  organizer: Organizer,
  editionId: string,
  grantId: string,
  paidOn: string,
  clock: Clock = appClock(),
): Promise<Outcome> {
  const now = clock.now();
  return db().$transaction(async (tx): Promise<Outcome> => {
    const paid = await tx.travelGrant.updateMany({
      where: { id: grantId, editionId, status: "granted" },
      data: { paidOn: new Date(`${paidOn}T00:00:00Z`), updatedAt: now },
    });
    if (paid.count === 0) {
      const exists = await tx.travelGrant.count({ where: { id: grantId, editionId } });
      return { ok: false, problem: exists ? "not-granted" : "no-grant" };
    }
    await audit(
      organizer,
      "travel-grant.paid",
      `travel-grant:${grantId}`,
      { paidOn },
      { tx: prismaStatements(tx), clock },
    );
    return { ok: true };
  });
}

/**
 * Gives a granted, unpaid grant back to the budget once its registration was cancelled. Nobody is
 * emailed: they cancelled. Until then it shows to organizers as granted to a cancelled registration.
 */
export async function releaseTravelGrant(
  organizer: Organizer,
  editionId: string,
  grantId: string,
  clock: Clock = appClock(),
): Promise<Outcome> {
  const now = clock.now();
  return db().$transaction(async (tx): Promise<Outcome> => {
    const released = await tx.travelGrant.updateMany({
      where: {
        id: grantId,
        editionId,
        status: "granted",
        paidOn: null,
        registration: { status: { in: ["cancelled", "expired"] } },
      },
      data: { status: "released", updatedAt: now },
    });
    if (released.count === 0) {
      const grant = await tx.travelGrant.findUnique({
        where: { id: grantId, editionId },
        select: { status: true, paidOn: true },
      });
      if (!grant) return { ok: false, problem: "no-grant" };
      return { ok: false, problem: grant.status === "granted" && !grant.paidOn ? "not-cancelled" : "not-granted" };
    }
    await audit(organizer, "travel-grant.released", `travel-grant:${grantId}`, {}, { tx: prismaStatements(tx), clock });
    return { ok: true };
  });
}
