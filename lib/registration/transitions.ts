import { utc } from "../database/raw-values";
import type { Clock } from "../clock";
import { subscribeVerifiedAddress } from "../newsletter/consent";
import { REGISTRATION_CONSENT } from "../newsletter/wording";
import type { Tx } from "./edition-lock";
import { mailCancelled, mailConfirmed, mailWaitlisted, type MailEdition } from "./messages";
import { expireLapsedOffers, fillFreedSeats, nextWaitlistNumber, seatsAndWaiting } from "./seats";

// The changes of a registration's status, shared by the public links and the admin so both
// send the same emails and move the waiting list the same way. Callers hold the edition lock.

type Edition = MailEdition & { capacity: number };
type Person = { id: string; name: string; email: string };

export type Placement = { status: "confirmed" } | { status: "waitlisted"; position: number };

/** A confirmed address takes a free seat if nobody is waiting, or joins the end of the queue. */
export async function placeConfirmedPerson(tx: Tx, person: Person & { newsletterOptIn: boolean }, edition: Edition, clock: Clock): Promise<Placement> {
  const now = clock.now();
  if (person.newsletterOptIn) {
    // Confirming proved the address, so the newsletter box ticked on the form needs no second link.
    await subscribeVerifiedAddress(tx, person, { source: "registration", wordingVersion: REGISTRATION_CONSENT.version }, now);
  }
  await expireLapsedOffers(tx, edition.id, now);
  const { taken, waiting } = await seatsAndWaiting(tx, edition.id, now);
  // Nobody jumps the queue: a free seat goes to this person only if nobody is waiting.
  if (taken < edition.capacity && waiting === 0) {
    await tx.$executeRaw`
      UPDATE "Registration" SET status = 'confirmed', "confirmedAt" = ${utc(now)}, "pendingExpiresAt" = NULL, "updatedAt" = ${utc(now)}
      WHERE id = ${person.id}`;
    await mailConfirmed(tx, person, edition, clock);
    return { status: "confirmed" };
  }
  await putAtEndOfQueue(tx, person, edition, waiting, clock);
  return { status: "waitlisted", position: waiting + 1 };
}

/** Everyone waiting holds a smaller number (numbers are given under the edition lock). */
async function putAtEndOfQueue(tx: Tx, person: Person, edition: Edition, waitingBefore: number, clock: Clock) {
  const now = clock.now();
  const waitlistNumber = await nextWaitlistNumber(tx, edition.id);
  await tx.registration.update({
    where: { id: person.id },
    data: { status: "waitlisted", waitlistedAt: now, waitlistNumber, pendingExpiresAt: null, offeredAt: null, offerExpiresAt: null, updatedAt: now },
  });
  await mailWaitlisted(tx, person, edition, waitingBefore + 1, clock);
}

/** Cancels, tells the person, and offers the freed seat to the head of the waiting list. */
export async function cancelPlace(tx: Tx, person: Person, edition: Edition, clock: Clock): Promise<void> {
  const now = clock.now();
  await tx.registration.update({ where: { id: person.id }, data: { status: "cancelled", cancelledAt: now, updatedAt: now } });
  await mailCancelled(tx, person, edition, clock);
  await fillFreedSeats(tx, edition, clock);
}

/** An organizer moves someone with a seat (or an offer) to the end of the waiting list. */
export async function moveToWaitingList(tx: Tx, person: Person, edition: Edition, clock: Clock): Promise<void> {
  const { waiting } = await seatsAndWaiting(tx, edition.id, clock.now());
  await putAtEndOfQueue(tx, person, edition, waiting, clock);
  await fillFreedSeats(tx, edition, clock);
}

/**
 * An organizer gives someone a seat directly: an offered person already holds theirs; someone
 * waiting needs a free one (false when there is none).
 */
export async function promote(tx: Tx, person: Person & { status: string }, edition: Edition, clock: Clock): Promise<boolean> {
  const now = clock.now();
  if (person.status !== "offered") {
    await expireLapsedOffers(tx, edition.id, now);
    const { taken } = await seatsAndWaiting(tx, edition.id, now);
    if (taken >= edition.capacity) return false;
  }
  await tx.registration.update({ where: { id: person.id }, data: { status: "confirmed", confirmedAt: now, offerExpiresAt: null, updatedAt: now } });
  await mailConfirmed(tx, person, edition, clock);
  return true;
}
