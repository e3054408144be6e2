import { db } from "../../platform/db";

/**
 * A person's travel grant requests, for their copy of their data (GDPR article 15): the amounts,
 * where each stands and when, but never the reason. That copy travels by email and waits in the
 * outbox, where the reason, kept encrypted at rest, must never be in clear.
 */
export async function grantsOf(email: string) {
  const rows = await db().travelGrant.findMany({
    where: { registration: { email } },
    select: {
      status: true,
      amountAsked: true,
      amountGranted: true,
      decidedAt: true,
      paidOn: true,
      createdAt: true,
      edition: { select: { name: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ edition, paidOn, ...grant }) => ({
    edition: edition.name,
    ...grant,
    paidOn: paidOn ? paidOn.toISOString().slice(0, 10) : null,
  }));
}

/** Said in the copy when it lists travel grant requests. */
export const GRANT_EXPORT_NOTE =
  "The reason you gave for each travel grant request is kept encrypted and is not in this copy, which travels by email.";
