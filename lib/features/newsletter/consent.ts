import type { Tx } from "./address-lock";

/** The source and wording of the request being confirmed: what the person actually agreed to. */
export async function latestRequest(tx: Tx, subscriberId: string): Promise<{ source: string; wordingVersion: string }> {
  const request = await tx.consentEvent.findFirst({
    where: { subscriberId, kind: "requested" },
    orderBy: { at: "desc" },
    select: { source: true, wordingVersion: true },
  });
  return request ?? { source: "unknown", wordingVersion: "unknown" };
}
