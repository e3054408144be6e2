import "server-only";
import { clock as appClock, type Clock } from "../../platform/clock";
import { todayIn } from "../../platform/calendar/calendar";
import { db, statements } from "../../platform/db";
import { lookUpToken } from "../registration";
import { readSiteSettings } from "../site";
import { mayAskForVisaLetter } from "./eligibility";
import type { VisaLetter } from "./letter-text";
import { grantedTravelEuros } from "./reads/granted-travel-grant";
import { openVisaFieldsOrNull } from "./sealing";
import type { VisaLetterProblem } from "./wording";

/**
 * The letter an attendee downloads through their manage link, made now from their approved
 * request (the sealed fields opened for it alone), and their granted travel grant's euros (null
 * without one) for the letter's "who pays" line. Reading it changes nothing.
 */
export async function visaLetterOf(
  token: string,
  clock: Clock = appClock(),
): Promise<{ ok: true; letter: VisaLetter; grantEuros: number | null } | { ok: false; problem: VisaLetterProblem }> {
  const now = clock.now();
  const found = await lookUpToken(statements(), token, "manage", now);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { registration } = found;
  if (!mayAskForVisaLetter(registration)) return { ok: false, problem: "not-eligible" };
  const request = await db().visaLetterRequest.findUnique({
    where: { registrationId: registration.id },
    select: {
      id: true,
      registrationId: true,
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
  const [site, grantEuros] = await Promise.all([readSiteSettings(statements()), grantedTravelEuros(registration.id)]);
  const opened = openVisaFieldsOrNull(request);
  if (!opened) return { ok: false, problem: "unopenable" };
  const { timeZone, ...edition } = request.registration.edition;
  return {
    ok: true,
    letter: {
      body: { legalName: site.legalName, postalAddress: site.postalAddress, contactEmail: site.contactEmail },
      person: { fullName: request.fullName, nationality: request.nationality, ...opened },
      edition,
      stay: { arrivesOn: request.arrivesOn, leavesOn: request.leavesOn },
      consulate: request.consulate,
      approvedBy: request.approvedBy ?? "",
      issuedOn: todayIn(timeZone, now),
    },
    grantEuros,
  };
}
