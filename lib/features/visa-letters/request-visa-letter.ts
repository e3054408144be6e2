import "server-only";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db, statements } from "../../platform/db";
import { isUniqueViolation } from "../../platform/database/errors";
import { newRowId } from "../../platform/database/statements";
import { sealingAvailable } from "../../platform/security/sealed-fields";
import { lookUpToken } from "../registration";
import { readSiteSettings } from "../site";
import { mayAskForVisaLetter } from "./eligibility";
import type { VisaLetterRequestInput } from "./schemas";
import { sealVisaFields } from "./sealing";
import { birthDateIsSane, stayProblems, type StayProblem } from "./stay";
import type { VisaLetterProblem } from "./wording";

export type VisaRequestOutcome =
  | { ok: true; corrected: boolean }
  | { ok: false; problem: VisaLetterProblem }
  | {
      ok: false;
      problem: "fields";
      stay: { arrivesOn?: StayProblem; leavesOn?: StayProblem };
      birthDate: boolean;
    };

/** Letters are on: the organizing body is named, and sealed fields can be written. */
export const lettersOpen = (site: { visaLettersEnabled: boolean }) => site.visaLettersEnabled && sealingAvailable();

/**
 * An attendee asks for an invitation letter through their manage link, or corrects their request
 * while it is not approved (a correction goes back to the organizers). The passport number and
 * date of birth are sealed before they reach the database.
 */
export async function requestVisaLetter(
  token: string,
  input: VisaLetterRequestInput,
  clock: Clock = appClock(),
): Promise<VisaRequestOutcome> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { registration } = found;
  if (!mayAskForVisaLetter(registration)) return { ok: false, problem: "not-eligible" };
  if (!lettersOpen(await readSiteSettings(statements()))) return { ok: false, problem: "letters-off" };
  const stay = stayProblems(registration.edition, input.arrivesOn, input.leavesOn);
  const birthDate = !birthDateIsSane(input.dateOfBirth, now);
  if (stay.arrivesOn || stay.leavesOn || birthDate) return { ok: false, problem: "fields", stay, birthDate };

  const plain = {
    fullName: input.fullName,
    nationality: input.nationality,
    consulate: input.consulate,
    arrivesOn: new Date(`${input.arrivesOn}T00:00:00Z`),
    leavesOn: new Date(`${input.leavesOn}T00:00:00Z`),
  };
  const save = () =>
    db().$transaction(async (tx): Promise<VisaRequestOutcome> => {
      const held = await tx.visaLetterRequest.findUnique({
        where: { registrationId: registration.id },
        select: { id: true, status: true, updatedAt: true },
      });
      if (held?.status === "approved") return { ok: false, problem: "already-approved" };
      const id = held?.id ?? newRowId();
      const sealed = sealVisaFields({ id, registrationId: registration.id }, input.passportNumber, input.dateOfBirth);
      if (!held) {
        await tx.visaLetterRequest.create({
          data: { id, registrationId: registration.id, ...plain, ...sealed, createdAt: now, updatedAt: now },
        });
        return { ok: true, corrected: false };
      }
      // Only a request still not approved changes: an approval in between wins. Its updatedAt is
      // the version the organizers' buttons carry: it always moves on, even within a millisecond.
      const version = now > held.updatedAt ? now : new Date(held.updatedAt.getTime() + 1);
      const changed = await tx.visaLetterRequest.updateMany({
        where: { id, status: { in: ["requested", "declined"] } },
        data: { ...plain, ...sealed, status: "requested", decisionNote: null, decidedAt: null, updatedAt: version },
      });
      return changed.count === 1 ? { ok: true, corrected: true } : { ok: false, problem: "already-approved" };
    });
  try {
    return await save();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return save(); // two first requests at once: the second becomes a correction of the first
  }
}
