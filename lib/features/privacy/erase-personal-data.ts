import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { editionPhase } from "../registration";
import { nudgeMailWorker } from "../../platform/mail";
import { registrationEditionColumns, changeSeats } from "../registration";
import { prismaStatements } from "../../platform/database/statements";
import { withdrawCertificates } from "../certificates";
import { keepErasedGrantTotals } from "../travel-grants";
import { lookUpPrivacyRequest } from "./privacy-requests";

export type EraseOutcome = { ok: true } | { ok: false; problem: "invalid" | "expired" | "used" | "wrong-kind" };

const HOLDS_A_PLACE = ["pending", "confirmed", "waitlisted", "offered"] as const;

/**
 * The owner confirmed erasure (GDPR article 17): afterwards the address is nowhere in the
 * database. A place they hold at an upcoming edition is released in the same transaction, under
 * that edition's lock, so the waiting list moves exactly as if they had cancelled, and a failure
 * part-way leaves everything as it was. They get no email, since that would store the address.
 */
export async function erasePersonalData(token: string, clock: Clock = appClock()): Promise<EraseOutcome> {
  const now = clock.now();
  const found = await lookUpPrivacyRequest(token, now);
  if (!found.ok) return found;
  if (found.kind !== "erase") return { ok: false, problem: "wrong-kind" };
  const { email } = found;

  let released = 0;
  const outcome = await db().$transaction(
    async (tx): Promise<EraseOutcome> => {
      const spent = await tx.privacyRequest.updateMany({
        where: { id: found.id, usedAt: null },
        data: { usedAt: now },
      });
      if (spent.count === 0) return { ok: false, problem: "used" };
      const places = await tx.registration.findMany({
        where: { email, status: { in: [...HOLDS_A_PLACE] } },
        select: { id: true, edition: { select: registrationEditionColumns } },
        orderBy: { editionId: "asc" }, // one order of locks for every erasure: no deadlock between two
      });
      const sql = prismaStatements(tx);
      for (const place of places) {
        if (editionPhase(place.edition, now) === "past") continue;
        const change = await changeSeats(sql, "cancel", place.edition, place.id, clock, {
          allowedFrom: HOLDS_A_PLACE,
          silent: true,
        });
        released += change.offered;
      }
      // Certificates stay, withdrawn and without the person, so their pages can say so.
      await withdrawCertificates(tx, email, now);
      // Their travel grant requests (sealed reasons included) go with the registrations (cascade);
      // what was granted to them stays counted on each edition (budget and report), without them.
      await keepErasedGrantTotals(tx, email);
      await tx.registration.deleteMany({ where: { email } });
      await tx.subscriber.deleteMany({ where: { email } });
      await tx.outboxMessage.deleteMany({ where: { toAddress: email } });
      // Room-share messages they wrote that are not sent yet lose their address (the Reply-To);
      // the entry and the messages' copies went with the registrations.
      await tx.outboxMessage.updateMany({
        where: { replyTo: { contains: `<${email}>` }, status: { in: ["queued", "sending"] } },
        data: { replyTo: null },
      });
      await tx.outboxMessage.updateMany({
        where: { replyTo: email, status: { in: ["queued", "sending"] } },
        data: { replyTo: null },
      });
      await tx.devMailboxMessage.deleteMany({ where: { toAddress: email } });
      await tx.privacyRequest.deleteMany({ where: { email } });
      // Outcomes stay (public work), without the person: their contributor rows went with the registrations.
      await tx.hostProposal.deleteMany({ where: { email } });
      return { ok: true };
    },
    { timeout: 15_000 },
  );
  if (released > 0) nudgeMailWorker();
  return outcome;
}
