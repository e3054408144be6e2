import { clock as appClock, type Clock } from "../../platform/clock";
import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { db } from "../../platform/db";
import { env } from "../../platform/env";
import { isUniqueViolation } from "../../platform/database/errors";
import { nudgeMailWorker } from "../../platform/mail";
import { prismaStatements } from "../../platform/database/statements";
import { registrationEditionColumns, changeSeats, lockEdition } from "../registration";
import { isLockTimeout, TryAgainError } from "../../platform/database/errors";
import type { EditionProblem } from "./wording";
import type { EditionInput, SponsorInput } from "./schemas";

export type SaveEditionOutcome = { ok: true; id: string } | { ok: false; problem: EditionProblem };

/**
 * Creates or updates an edition with its sponsors (replaced in the order given). The capacity
 * changes under the edition's lock, so no confirmation decides on the old one; more places than
 * before go straight to the waiting list in the same transaction, the way a cancellation's do.
 * Fewer places than are held takes nobody's place: none is given until the count is under it.
 */
export async function saveEdition(
  organizer: Organizer,
  id: string | null,
  input: EditionInput,
  sponsors: SponsorInput[],
  clock: Clock = appClock(),
): Promise<SaveEditionOutcome> {
  const now = clock.now();
  const sponsorRows = sponsors.map((sponsor, position) => ({ ...sponsor, position }));
  let nudgeAfterCommit = false;
  let saved: { id: string };
  try {
    saved = await db().$transaction(async (tx) => {
      if (id === null) {
        const created = await tx.edition.create({
          data: { ...input, sponsors: { create: sponsorRows } },
          select: { id: true },
        });
        await audit(organizer, "edition.create", `edition:${created.id}`, { slug: input.slug }, { tx, clock });
        return { id: created.id };
      }
      const sql = prismaStatements(tx);
      await lockEdition(sql, id);
      const before = await tx.edition.findUnique({ where: { id }, select: { capacity: true, selection: true } });
      if (!before) throw new NotFound();
      // The way places are given is fixed once anyone has applied or registered (anything but an
      // unconfirmed address): a switch would strand applications, or turn confirmations into them.
      // Read under the edition's lock, so no confirmation lands between the check and the save.
      if (input.selection !== before.selection) {
        const started = await tx.registration.count({ where: { editionId: id, status: { not: "pending" } } });
        if (started > 0) throw new SelectionFixed();
      }
      await tx.sponsor.deleteMany({ where: { editionId: id } });
      await tx.edition.update({ where: { id }, data: { ...input, updatedAt: now, sponsors: { create: sponsorRows } } });
      await audit(
        organizer,
        "edition.update",
        `edition:${id}`,
        { slug: input.slug, capacity: input.capacity },
        { tx, clock },
      );
      if (input.capacity > before.capacity) {
        const edition = await tx.edition.findUniqueOrThrow({ where: { id }, select: registrationEditionColumns });
        // More seats: the head of the waiting list gets them, in this transaction.
        const change = await changeSeats(sql, "release", edition, null, clock);
        if (change.offered > 0) nudgeAfterCommit = true;
      }
      return { id };
    });
  } catch (error) {
    if (error instanceof NotFound) return { ok: false, problem: "edition-gone" };
    if (error instanceof SelectionFixed) return { ok: false, problem: "selection-fixed" };
    if (isLockTimeout(error)) throw new TryAgainError();
    if (isUniqueViolation(error)) return { ok: false, problem: "slug-taken" };
    throw error;
  }
  if (nudgeAfterCommit) nudgeMailWorker();
  return { ok: true, id: saved.id };
}

class NotFound extends Error {}
class SelectionFixed extends Error {}

/** Publishes or unpublishes an edition; a public site never publishes a sample. */
export async function setEditionPublished(
  organizer: Organizer,
  id: string,
  published: boolean,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: EditionProblem }> {
  return db().$transaction(async (tx) => {
    const edition = await tx.edition.findUnique({ where: { id }, select: { isSample: true } });
    if (!edition) return { ok: false, problem: "edition-gone" };
    if (published && edition.isSample && !env().localSite) return { ok: false, problem: "sample-on-public-site" };
    await tx.edition.update({ where: { id }, data: { published } });
    await audit(organizer, published ? "edition.publish" : "edition.unpublish", `edition:${id}`, {}, { tx, clock });
    return { ok: true };
  });
}
