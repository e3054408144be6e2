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

/**
 * Subscribes an address whose owner has just proven it (confirming a registration with the
 * newsletter box ticked). Records both the request and its confirmation.
 */
export async function subscribeVerifiedAddress(
  tx: Tx,
  person: { email: string; name: string },
  consent: { source: string; wordingVersion: string },
  now: Date,
): Promise<void> {
  const subscriber = await tx.subscriber.upsert({
    where: { email: person.email },
    create: { email: person.email, name: person.name, status: "confirmed", confirmedAt: now, createdAt: now, updatedAt: now },
    update: { status: "confirmed", name: person.name, confirmedAt: now, unsubscribedAt: null, updatedAt: now },
    select: { id: true },
  });
  await tx.consentEvent.createMany({
    data: [
      { subscriberId: subscriber.id, kind: "requested", ...consent, at: now },
      { subscriberId: subscriber.id, kind: "confirmed", ...consent, at: now },
    ],
  });
}
