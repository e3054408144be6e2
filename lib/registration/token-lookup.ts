import type { Tx } from "./edition-lock";
import { hashToken, isWellFormedToken } from "./tokens";
import { registrationEditionColumns } from "./edition-columns";

export type TokenProblem = "invalid" | "expired" | "used";

const registrationColumns = {
  id: true,
  status: true,
  name: true,
  email: true,
  city: true,
  country: true,
  affiliation: true,
  experience: true,
  interests: true,
  hopes: true,
  days: true,
  dietary: true,
  accessibility: true,
  afternoonActivities: true,
  publicListing: true,
  newsletterOptIn: true,
  waitlistedAt: true,
  waitlistNumber: true,
  offerExpiresAt: true,
  pendingExpiresAt: true,
  edition: { select: registrationEditionColumns },
} as const;

/** Resolves an emailed link; a malformed, unknown, tampered, expired or spent one is refused. */
export async function lookUpToken(tx: Pick<Tx, "registrationToken">, token: string, purpose: "confirm" | "manage", now: Date) {
  if (!isWellFormedToken(token)) return { problem: "invalid" as const };
  const row = await tx.registrationToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, registration: { select: registrationColumns } },
  });
  if (!row || row.purpose !== purpose) return { problem: "invalid" as const };
  if (row.usedAt) return { problem: "used" as const, registration: row.registration };
  if (row.expiresAt <= now) return { problem: "expired" as const };
  return { tokenId: row.id, registration: row.registration };
}

export type TokenRegistration = NonNullable<Awaited<ReturnType<typeof lookUpToken>>["registration"]>;
