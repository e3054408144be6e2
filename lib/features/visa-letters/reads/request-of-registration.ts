import "server-only";
import { db } from "../../../platform/db";
import { sealingAvailable } from "../../../platform/security/sealed-fields";
import { getSiteSettings } from "../../site";

/**
 * What the attendee's page shows of their request: never the passport number nor the date of
 * birth (their page is reached by an emailed link). `open`: they may ask (letters are on).
 */
export async function visaRequestOfRegistration(registrationId: string) {
  const [request, site] = await Promise.all([
    db().visaLetterRequest.findUnique({
      where: { registrationId },
      select: {
        status: true,
        fullName: true,
        nationality: true,
        consulate: true,
        arrivesOn: true,
        leavesOn: true,
        decisionNote: true,
      },
    }),
    getSiteSettings(),
  ]);
  return { request, open: site.visaLettersEnabled && sealingAvailable() };
}
