import { db } from "../../platform/db";
import { SealedFieldError } from "../../platform/security/sealed-fields";
import { openReason } from "./seal";

/**
 * A person's travel grant requests, for their copy of their data (GDPR article 15): the reason
 * is theirs, so it is opened for them (this copy goes only to their own address).
 */
export async function grantsOf(email: string) {
  const rows = await db().travelGrant.findMany({
    where: { registration: { email } },
    select: {
      id: true,
      status: true,
      amountAsked: true,
      reasonSealed: true,
      amountGranted: true,
      decidedAt: true,
      paidOn: true,
      createdAt: true,
      edition: { select: { name: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ id, reasonSealed, edition, paidOn, ...grant }) => ({
    edition: edition.name,
    ...grant,
    reason: readable(reasonSealed, id),
    paidOn: paidOn ? paidOn.toISOString().slice(0, 10) : null,
  }));
}

function readable(sealed: string, id: string): string {
  try {
    return openReason(sealed, id);
  } catch (error) {
    if (error instanceof SealedFieldError) return "(stored encrypted; it cannot be opened on this server)";
    throw error;
  }
}
