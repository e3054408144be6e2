import "server-only";
import { db } from "../../../platform/db";
import { editionPhase } from "../../registration";

type Dated = { timeZone: string; startsOn: Date; endsOn: Date };

export type CertificateStanding =
  | { kind: "not-yet" }
  | { kind: "no-check-in" }
  /** `latestId`: the certificate last issued, for its verification address; null before the first download. */
  | { kind: "available"; days: number; latestId: string | null };

/** What the manage page says about a person's certificate. */
export async function certificateStanding(
  registrationId: string,
  edition: Dated,
  now: Date,
): Promise<CertificateStanding> {
  if (editionPhase(edition, now) !== "past") return { kind: "not-yet" };
  const [days, latest] = await Promise.all([
    db().checkIn.count({ where: { registrationId } }),
    db().certificate.findFirst({
      where: { registrationId, withdrawnAt: null },
      orderBy: { issuedAt: "desc" },
      select: { id: true },
    }),
  ]);
  if (days === 0) return { kind: "no-check-in" };
  return { kind: "available", days, latestId: latest?.id ?? null };
}
