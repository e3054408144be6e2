import { utc } from "../database/raw-values";
import type { Clock } from "../clock";
import { env } from "../env";
import type { Tx } from "./edition-lock";
import { mailOffer, type MailEdition } from "./messages";

/** Seats held right now (confirmed people and offers still open) and people waiting, from the rows. */
export async function seatsAndWaiting(tx: Tx, editionId: string, now: Date): Promise<{ taken: number; waiting: number }> {
  const [row] = await tx.$queryRaw<{ taken: number; waiting: number }[]>`
    SELECT
      count(*) FILTER (WHERE status = 'confirmed' OR (status = 'offered' AND "offerExpiresAt" > ${now}))::int AS taken,
      count(*) FILTER (WHERE status = 'waitlisted')::int AS waiting
    FROM "Registration" WHERE "editionId" = ${editionId}`;
  return row!;
}

/** The next number in the edition's queue; strictly increasing because callers hold the lock. */
export async function nextWaitlistNumber(tx: Tx, editionId: string): Promise<number> {
  const { _max } = await tx.registration.aggregate({ where: { editionId }, _max: { waitlistNumber: true } });
  return (_max.waitlistNumber ?? 0) + 1;
}

/** Offers that ran out hold no seat any more: they end as expired. */
export async function expireLapsedOffers(tx: Tx, editionId: string, now: Date): Promise<number> {
  // Raw: every confirmation runs this under the edition's lock, and it rarely changes a row.
  return tx.$executeRaw`
    UPDATE "Registration" SET status = 'expired', "updatedAt" = ${utc(now)}
    WHERE "editionId" = ${editionId} AND status = 'offered' AND "offerExpiresAt" <= ${utc(now)}`;
}

/**
 * Offers every free seat to the head of the waiting list, first come first served. Runs under
 * the edition lock, so a seat is offered once and to one person.
 */
export async function fillFreedSeats(tx: Tx, edition: MailEdition & { capacity: number }, clock: Clock): Promise<number> {
  const now = clock.now();
  await expireLapsedOffers(tx, edition.id, now);
  const free = edition.capacity - (await seatsAndWaiting(tx, edition.id, now)).taken;
  if (free <= 0) return 0;
  const heads = await tx.registration.findMany({
    where: { editionId: edition.id, status: "waitlisted" },
    orderBy: { waitlistNumber: "asc" },
    take: free,
    select: { id: true, name: true, email: true },
  });
  const offerExpiresAt = new Date(now.getTime() + env().registration.offerMs);
  for (const person of heads) {
    await tx.registration.update({
      where: { id: person.id },
      data: { status: "offered", offeredAt: now, offerExpiresAt, updatedAt: now },
    });
    await mailOffer(tx, person, edition, offerExpiresAt, clock);
  }
  return heads.length;
}
