import "server-only";
import { clock as appClock, type Clock } from "../../platform/clock";
import { todayIn } from "../../platform/calendar/calendar";
import { db, statements } from "../../platform/db";
import { lookUpToken } from "../registration";
import { readSiteSettings } from "../site";
import { mayAskForVisaLetter } from "./eligibility";
import type { VisaLetter } from "./letter-text";
import { openVisaFields } from "./sealing";
import type { VisaLetterProblem } from "./wording";

/**
 * The letter an attendee downloads through their manage link, made now from their approved
 * request (the sealed fields opened for it alone). Reading it changes nothing.
 */
export async function visaLetterOf(
  token: string,
  clock: Clock = appClock(),
): Promise<{ ok: true; letter: VisaLetter } | { ok: false; problem: VisaLetterProblem }> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { registration } = found;
  if (!mayAskForVisaLetter(registration)) return { ok: false, problem: "not-eligible" };
  const request = await db().visaLetterRequest.findUnique({
    where: { registrationId: registration.id },
    select: {
      id: true,
      status: true,
      fullName: true,
      nationality: true,
      passportNumber: true,
      dateOfBirth: true,
      consulate: true,
      arrivesOn: true,
      leavesOn: true,
      approvedBy: true,
      registration: {
        select: {
          edition: {
            select: {
              name: true,
              venueName: true,
              venueAddress: true,
              city: true,
              country: true,
              startsOn: true,
              endsOn: true,
              timeZone: true,
            },
          },
        },
      },
    },
  });
  if (!request || request.status !== "approved") return { ok: false, problem: "not-approved" };
  const site = await readSiteSettings(statements());
  const { timeZone, ...edition } = request.registration.edition;
  return {
    ok: true,
    letter: {
      body: { legalName: site.legalName, postalAddress: site.postalAddress, contactEmail: site.contactEmail },
      person: { fullName: request.fullName, nationality: request.nationality, ...openVisaFields(request) },
      edition,
      stay: { arrivesOn: request.arrivesOn, leavesOn: request.leavesOn },
      consulate: request.consulate,
      approvedBy: request.approvedBy ?? "",
      issuedOn: todayIn(timeZone, now),
    },
  };
}
