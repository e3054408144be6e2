import "server-only";
import { db } from "../../../platform/db";

/**
 * The euros a person's travel grant grants, for their letter's "who pays" line: the amount when
 * their grant is granted (paid or not), else null (asked, declined, released or none: the letter
 * then says the organizers pay neither travel nor stay). Reads only the status and the amount.
 */
export async function grantedTravelEuros(registrationId: string): Promise<number | null> {
  const grant = await db().travelGrant.findUnique({
    where: { registrationId },
    select: { status: true, amountGranted: true },
  });
  return grant?.status === "granted" && grant.amountGranted !== null ? grant.amountGranted : null;
}
