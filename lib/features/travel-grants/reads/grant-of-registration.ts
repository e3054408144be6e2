import "server-only";
import { db } from "../../../platform/db";
import { sealingAvailable } from "../../../platform/security/sealed-fields";

/** The manage page: whether this edition takes requests, and this registration's request (never its reason). */
export async function grantOfRegistration(registrationId: string, editionId: string) {
  const [edition, grant] = await Promise.all([
    db().edition.findUnique({ where: { id: editionId }, select: { grantsOpen: true } }),
    db().travelGrant.findUnique({
      where: { registrationId },
      select: { status: true, amountAsked: true, amountGranted: true, paidOn: true },
    }),
  ]);
  return { open: edition?.grantsOpen ?? false, grant };
}

/** Whether the registration form shows the grant fields: requests open, and reasons can be sealed. */
export async function grantsOpenAt(editionId: string): Promise<boolean> {
  if (!sealingAvailable()) return false;
  const edition = await db().edition.findUnique({ where: { id: editionId }, select: { grantsOpen: true } });
  return edition?.grantsOpen ?? false;
}
