import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";

/** The privacy page promises this: a certificate is deleted 5 years after it was issued. */
export const KEEP_CERTIFICATES_YEARS = 5;

/** Deletes the certificates issued more than 5 years ago, withdrawn ones included. */
export async function certificateHousekeeping(clock: Clock = appClock()): Promise<{ certificatesPurged: number }> {
  const before = clock.now();
  before.setUTCFullYear(before.getUTCFullYear() - KEEP_CERTIFICATES_YEARS);
  const purged = await db().certificate.deleteMany({ where: { issuedAt: { lt: before } } });
  return { certificatesPurged: purged.count };
}
