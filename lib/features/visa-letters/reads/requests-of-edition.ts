import "server-only";
import type { Organizer } from "../../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../../platform/clock";
import { db } from "../../../platform/db";
import { audit } from "../../organizers";
import { openVisaFieldsOrNull } from "../sealing";

/**
 * An edition's requests for its organizers, the sealed fields opened: this page and the letter are
 * the only places they are read. Newest decisions last; waiting ones first. A request whose sealed
 * fields do not open with this site's key has them null (`unopenable`): the page says so on it.
 * Each reading that opens any is audited (`visa-letter.viewed`): who looked, at which edition's,
 * how many; never whose or what.
 */
export async function visaRequestsOfEdition(editionId: string, viewer: Organizer, clock: Clock = appClock()) {
  const rows = await db().visaLetterRequest.findMany({
    where: { registration: { editionId } },
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
      decisionNote: true,
      approvedBy: true,
      createdAt: true,
      updatedAt: true,
      registration: { select: { email: true, status: true } },
    },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
  });
  // `version`: what the approve and decline buttons carry back, so that a decision applies only to
  // the request as shown (a correction in between changes it).
  const requests = rows.map((row) => {
    const opened = openVisaFieldsOrNull(row);
    return {
      ...row,
      passportNumber: opened?.passportNumber ?? null,
      dateOfBirth: opened?.dateOfBirth ?? null,
      unopenable: opened === null,
      version: row.updatedAt.toISOString(),
    };
  });
  const shown = requests.filter((request) => !request.unopenable).length;
  if (shown > 0) await audit(viewer, "visa-letter.viewed", editionId, { requests: shown }, { clock });
  return requests;
}

export type EditionVisaRequest = Awaited<ReturnType<typeof visaRequestsOfEdition>>[number];
