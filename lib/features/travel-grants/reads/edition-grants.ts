import "server-only";
import { cache } from "react";
import { db } from "../../../platform/db";
import { SealedFieldError } from "../../../platform/security/sealed-fields";
import { budgetLeft, DECIDABLE_REGISTRATION_STATUSES, type GrantStatus } from "../rules";
import { openReason } from "../seal";

export type EditionGrantRequest = {
  id: string;
  name: string;
  registrationStatus: string;
  country: string;
  firstTimer: boolean;
  status: GrantStatus;
  amountAsked: number;
  amountGranted: number | null;
  /** Opened here, for organizers only; null when this server cannot open it. */
  reason: string | null;
  paidOn: string | null;
  createdAt: Date;
  /** The request's version (its updatedAt), bound into the grant and decline actions. */
  version: string;
};

/** The organizers' grants page: the budget, what is granted and left, and every request with its reason opened. */
export const editionGrants = cache(async (editionId: string) => {
  const [edition, rows] = await Promise.all([
    db().edition.findUnique({
      where: { id: editionId },
      select: { grantsOpen: true, grantBudget: true, erasedGrantEurosGranted: true },
    }),
    db().travelGrant.findMany({
      where: {
        editionId,
        // An undecided request shows only while its registration is confirmed by its owner: not
        // while pending (nobody confirmed the address), nor once cancelled, lapsed or declined
        // (the housekeeping deletes it then).
        OR: [{ status: { not: "asked" } }, { registration: { status: { in: [...DECIDABLE_REGISTRATION_STATUSES] } } }],
      },
      select: {
        id: true,
        status: true,
        amountAsked: true,
        amountGranted: true,
        reasonSealed: true,
        paidOn: true,
        createdAt: true,
        updatedAt: true,
        registrationId: true,
        registration: { select: { name: true, status: true, country: true, experience: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const erased = edition?.erasedGrantEurosGranted ?? 0;
  const granted =
    erased + rows.reduce((sum, row) => sum + (row.status === "granted" ? (row.amountGranted ?? 0) : 0), 0);
  const requests: EditionGrantRequest[] = rows.map((row) => ({
    id: row.id,
    name: row.registration.name,
    registrationStatus: row.registration.status,
    country: row.registration.country,
    firstTimer: row.registration.experience === "first",
    status: row.status,
    amountAsked: row.amountAsked,
    amountGranted: row.amountGranted,
    reason: opened(row.reasonSealed, row.id, row.registrationId),
    paidOn: row.paidOn ? row.paidOn.toISOString().slice(0, 10) : null,
    createdAt: row.createdAt,
    version: row.updatedAt.toISOString(),
  }));
  const budget = edition?.grantBudget ?? null;
  return {
    open: edition?.grantsOpen ?? false,
    budget,
    granted,
    left: budgetLeft(budget, granted),
    requests,
  };
});

function opened(sealed: string, id: string, registrationId: string): string | null {
  try {
    return openReason(sealed, id, registrationId);
  } catch (error) {
    if (error instanceof SealedFieldError) return null;
    throw error;
  }
}
