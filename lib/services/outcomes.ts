import { prismaStatements } from "../database/statements";
import type { Organizer } from "../auth/require-organizer";
import { audit } from "../admin/audit";
import { clock as appClock, type Clock } from "../clock";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { lookUpToken } from "../registration/token-lookup";
import type { OutcomeInput } from "../validation/outcome";

type Tx = Prisma.TransactionClient;
export type OutcomeChange = { ok: true; outcomeId: string } | { ok: false; message: string };

const NOT_YOURS = "You can only change the outcomes you added.";
const NOT_CONFIRMED = "Only attendees with a confirmed place can record outcomes.";

function fields(input: OutcomeInput, now: Date) {
  const { kind, title, url, status, area, firstContribution, notes } = input;
  return { kind, title, url, status, area, firstContribution, notes, updatedAt: now };
}

/**
 * Sets who worked on an outcome. `choosable` are the people the editor may pick; anyone else
 * already on it stays (an attendee does not see, so cannot drop, unlisted colleagues).
 */
async function setContributors(tx: Tx, outcomeId: string, chosen: string[], choosable: Set<string>, always: string[]) {
  const current = await tx.outcomeContributor.findMany({ where: { outcomeId }, select: { registrationId: true } });
  const keep = current.map((row) => row.registrationId).filter((id) => !choosable.has(id));
  const wanted = new Set([...always, ...keep, ...chosen.filter((id) => choosable.has(id))]);
  await tx.outcomeContributor.deleteMany({ where: { outcomeId, registrationId: { notIn: [...wanted] } } });
  await tx.outcomeContributor.createMany({
    data: [...wanted].map((registrationId) => ({ outcomeId, registrationId })),
    skipDuplicates: true,
  });
}

async function attendee(tx: Tx, token: string, now: Date) {
  const link = await lookUpToken(prismaStatements(tx), token, "manage", now);
  if (!link.ok) return { ok: false as const, message: "This link no longer works: use the newest email we sent you." };
  if (link.registration.status !== "confirmed") return { ok: false as const, message: NOT_CONFIRMED };
  return { ok: true as const, registration: link.registration };
}

/** Colleagues an attendee may name: confirmed people of the edition on its public attendee list. */
export async function listedColleagues(tx: Pick<Tx, "registration">, editionId: string, exceptId: string) {
  return tx.registration.findMany({
    where: { editionId, status: "confirmed", publicListing: true, id: { not: exceptId } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** An attendee adds (outcomeId null) or edits one of their outcomes through the manage link. */
export async function saveOwnOutcome(
  token: string,
  outcomeId: string | null,
  input: OutcomeInput,
  clock: Clock = appClock(),
): Promise<OutcomeChange> {
  const now = clock.now();
  return db().$transaction(async (tx) => {
    const found = await attendee(tx, token, now);
    if (!found.ok) return found;
    const { registration } = found;
    const editionId = registration.edition.id;
    if (outcomeId) {
      const existing = await tx.outcome.findUnique({ where: { id: outcomeId }, select: { addedById: true } });
      if (!existing || existing.addedById !== registration.id) return { ok: false, message: NOT_YOURS };
      await tx.outcome.update({ where: { id: outcomeId }, data: fields(input, now) });
    } else {
      outcomeId = (
        await tx.outcome.create({
          data: { ...fields(input, now), editionId, addedById: registration.id, createdAt: now },
          select: { id: true },
        })
      ).id;
    }
    const choosable = new Set((await listedColleagues(tx, editionId, registration.id)).map((person) => person.id));
    await setContributors(tx, outcomeId, input.contributors, choosable, [registration.id]);
    return { ok: true, outcomeId };
  });
}

export async function deleteOwnOutcome(
  token: string,
  outcomeId: string,
  clock: Clock = appClock(),
): Promise<OutcomeChange> {
  return db().$transaction(async (tx) => {
    const found = await attendee(tx, token, clock.now());
    if (!found.ok) return found;
    const deleted = await tx.outcome.deleteMany({ where: { id: outcomeId, addedById: found.registration.id } });
    return deleted.count === 1 ? { ok: true, outcomeId } : { ok: false, message: NOT_YOURS };
  });
}

/** Organizers add or edit any outcome of an edition; contributors are any of its confirmed people. */
export async function saveOutcome(
  organizer: Organizer,
  editionId: string,
  outcomeId: string | null,
  input: OutcomeInput,
  clock: Clock = appClock(),
): Promise<OutcomeChange> {
  const now = clock.now();
  return db().$transaction(async (tx) => {
    if (outcomeId) {
      const updated = await tx.outcome.updateMany({ where: { id: outcomeId, editionId }, data: fields(input, now) });
      if (updated.count === 0) return { ok: false, message: "That outcome no longer exists." };
    } else {
      const edition = await tx.edition.findUnique({ where: { id: editionId }, select: { id: true } });
      if (!edition) return { ok: false, message: "That edition no longer exists." };
      outcomeId = (
        await tx.outcome.create({ data: { ...fields(input, now), editionId, createdAt: now }, select: { id: true } })
      ).id;
    }
    const confirmed = await tx.registration.findMany({
      where: { editionId, status: "confirmed" },
      select: { id: true },
    });
    await setContributors(tx, outcomeId, input.contributors, new Set(confirmed.map((row) => row.id)), []);
    await audit(
      organizer,
      "outcome.save",
      `outcome:${outcomeId}`,
      { title: input.title, status: input.status },
      { tx, clock },
    );
    return { ok: true, outcomeId };
  });
}

export async function deleteOutcome(
  organizer: Organizer,
  outcomeId: string,
  clock: Clock = appClock(),
): Promise<OutcomeChange> {
  return db().$transaction(async (tx) => {
    const deleted = await tx.outcome.deleteMany({ where: { id: outcomeId } });
    if (deleted.count === 0) return { ok: false, message: "That outcome no longer exists." };
    await audit(organizer, "outcome.delete", `outcome:${outcomeId}`, {}, { tx, clock });
    return { ok: true, outcomeId };
  });
}
