import type { Prisma } from "../generated/prisma/client";
import { hashToken, isWellFormedToken } from "../security/tokens";
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

async function findToken(tx: Pick<Prisma.TransactionClient, "registrationToken">, hash: string) {
  return tx.registrationToken.findUnique({
    where: { tokenHash: hash },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, registration: { select: registrationColumns } },
  });
}

export type TokenRegistration = NonNullable<Awaited<ReturnType<typeof findToken>>>["registration"];

export type TokenLookup =
  | { ok: true; tokenId: string; registration: TokenRegistration }
  /** A spent link still names its registration, so its page can say where that stands. */
  | { ok: false; problem: "used"; registration: TokenRegistration }
  | { ok: false; problem: "invalid" | "expired"; registration?: undefined };

/** Resolves an emailed link; a malformed, unknown, tampered, expired or spent one is refused. */
export async function lookUpToken(
  tx: Pick<Prisma.TransactionClient, "registrationToken">,
  token: string,
  purpose: "confirm" | "manage",
  now: Date,
): Promise<TokenLookup> {
  if (!isWellFormedToken(token)) return { ok: false, problem: "invalid" };
  const row = await findToken(tx, hashToken(token));
  if (!row || row.purpose !== purpose) return { ok: false, problem: "invalid" };
  if (row.usedAt) return { ok: false, problem: "used", registration: row.registration };
  if (row.expiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: true, tokenId: row.id, registration: row.registration };
}
