import { clock as appClock, type Clock } from "../../platform/clock";
import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { db, transaction } from "../../platform/db";
import { inBatches } from "../../platform/database/batches";
import { daysBetween } from "../../platform/calendar/zoned-time";
import { enqueueEmails, nudgeMailWorker } from "../../platform/mail";
import type { RegistrationStatus } from "../../generated/prisma/client";
import { registrationEditionColumns } from "./edition-columns";
import { changeSeats } from "./seat-statement";
import type { AdminChange, AdminProblem } from "./wording";

export type AdminRegistrationAction = "confirm" | "waitlist" | "promote" | "cancel";

export type AdminActionOutcome = ({ ok: true } & AdminChange) | ({ ok: false } & AdminProblem);

const ALLOWED: Record<AdminRegistrationAction, RegistrationStatus[]> = {
  confirm: ["pending"],
  waitlist: ["confirmed", "offered"],
  promote: ["waitlisted", "offered"],
  // An application not yet decided may be withdrawn too (the person asked to): it holds no place.
  cancel: ["pending", "applied", "confirmed", "waitlisted", "offered"],
};

/**
 * An organizer changes a registration, through the same transitions as the public links: the
 * same emails go out and a freed seat is offered to the head of the waiting list.
 */
export async function changeRegistration(
  organizer: Organizer,
  registrationId: string,
  action: AdminRegistrationAction,
  clock: Clock = appClock(),
): Promise<AdminActionOutcome> {
  const found = await db().registration.findUnique({
    where: { id: registrationId },
    select: { edition: { select: registrationEditionColumns } },
  });
  if (!found) return { ok: false, problem: "registration-gone" };
  const { edition } = found;
  const outcome = await transaction(async (sql): Promise<AdminActionOutcome> => {
    const change = await changeSeats(sql, action, edition, registrationId, clock, {
      allowedFrom: ALLOWED[action],
    });
    if (change.result === "gone") return { ok: false, problem: "registration-gone" };
    if (change.result === "wrong-status") return { ok: false, problem: "wrong-status", status: change.from! };
    if (change.result === "no-free-place") return { ok: false, problem: "no-free-place" };
    if (!["confirmed", "waitlisted", "done"].includes(change.result))
      throw new Error(`the seat statement answered ${change.result} to an organizer's ${action}`);
    await audit(
      organizer,
      `registration.${action}`,
      `registration:${registrationId}`,
      { from: change.from! },
      { tx: sql, clock },
    );
    const name = change.name!;
    if (action === "confirm")
      return {
        ok: true,
        action,
        name,
        placement:
          change.result === "waitlisted"
            ? { status: "waitlisted", position: change.position! }
            : { status: "confirmed" },
      };
    return { ok: true, action, name };
  });
  nudgeMailWorker();
  return outcome;
}

export type CheckInOutcome = { ok: true; checkedIn: boolean } | ({ ok: false } & AdminProblem);

/** Marks (or unmarks) a confirmed person as arrived on one day of the edition. */
export async function setCheckedIn(
  organizer: Organizer,
  registrationId: string,
  day: string,
  present: boolean,
  clock: Clock = appClock(),
): Promise<CheckInOutcome> {
  const person = await db().registration.findUnique({
    where: { id: registrationId },
    select: { status: true, edition: { select: { startsOn: true, endsOn: true } } },
  });
  if (!person) return { ok: false, problem: "registration-gone" };
  if (!daysBetween(person.edition.startsOn, person.edition.endsOn).includes(day))
    return { ok: false, problem: "not-an-edition-day" };
  if (person.status !== "confirmed") return { ok: false, problem: "not-confirmed" };
  await db().$transaction(async (tx) => {
    if (present) {
      await tx.checkIn.upsert({
        where: { registrationId_day: { registrationId, day } },
        create: { registrationId, day, at: clock.now(), by: organizer.email },
        update: {},
      });
    } else {
      await tx.checkIn.deleteMany({ where: { registrationId, day } });
    }
    await audit(
      organizer,
      present ? "registration.check_in" : "registration.undo_check_in",
      `registration:${registrationId}`,
      { day },
      { tx, clock },
    );
  });
  return { ok: true, checkedIn: present };
}

/** Emails everyone in one status of an edition, through the outbox, in batches. */
export async function emailByStatus(
  organizer: Organizer,
  editionId: string,
  status: RegistrationStatus,
  message: { subject: string; body: string },
  clock: Clock = appClock(),
): Promise<number> {
  let sent = 0;
  const batches = inBatches(
    (after, take) =>
      db().registration.findMany({
        where: { editionId, status },
        orderBy: { id: "asc" },
        take,
        ...after,
        select: { id: true, name: true, email: true },
      }),
    500,
  );
  for await (const batch of batches) {
    sent += await enqueueEmails(
      db(),
      batch.map((person) => ({
        template: "notice" as const,
        data: {
          subject: message.subject,
          greetingName: person.name,
          paragraphs: message.body
            .split(/\n{2,}/)
            .map((p) => p.trim())
            .filter(Boolean),
        },
        to: { email: person.email, name: person.name },
      })),
      clock,
    );
  }
  await audit(
    organizer,
    "registrations.email",
    `edition:${editionId}`,
    { status, subject: message.subject, recipients: sent },
    { clock },
  );
  nudgeMailWorker();
  return sent;
}
