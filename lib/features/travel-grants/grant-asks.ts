import { db } from "../../platform/db";
import type { GrantStatus } from "./rules";

export type GrantAskSummary = { amount: number; amountGranted: number | null; status: GrantStatus };

/**
 * Who asked for a travel grant at an edition, by registration id: the amount asked, what was
 * granted and where it stands (never the reason). For other features' screens, e.g. selection.
 */
export async function grantAsksOf(editionId: string): Promise<Map<string, GrantAskSummary>> {
  const rows = await db().travelGrant.findMany({
    where: { editionId },
    select: { registrationId: true, amountAsked: true, amountGranted: true, status: true },
  });
  return new Map(
    rows.map((row) => [
      row.registrationId,
      { amount: row.amountAsked, amountGranted: row.amountGranted, status: row.status },
    ]),
  );
}
