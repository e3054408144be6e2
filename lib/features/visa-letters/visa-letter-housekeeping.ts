import { clock as appClock, type Clock } from "../../platform/clock";
import { isoDate, todayIn } from "../../platform/calendar/calendar";
import { db } from "../../platform/db";
import { KEEP_VISA_REQUESTS_DAYS, mayAskForVisaLetter } from "./eligibility";

const DAY_MS = 24 * 60 * 60_000;

/**
 * Deletes the requests the privacy page says are gone: 30 days after their edition's last day
 * (at the venue), and at once when their registration no longer holds a place (an organizer
 * cancelled it; a person's own cancellation deletes it in the same step).
 */
export async function visaLetterHousekeeping(clock: Clock = appClock()): Promise<{ visaRequestsDeleted: number }> {
  const now = clock.now();
  const requests = await db().visaLetterRequest.findMany({
    select: {
      id: true,
      registration: {
        select: { status: true, acceptedAt: true, edition: { select: { endsOn: true, timeZone: true } } },
      },
    },
  });
  const expired = requests.filter(({ registration }) => {
    const { edition } = registration;
    const lastKeptDay = isoDate(new Date(edition.endsOn.getTime() + KEEP_VISA_REQUESTS_DAYS * DAY_MS));
    return todayIn(edition.timeZone, now) > lastKeptDay || !mayAskForVisaLetter(registration);
  });
  if (expired.length === 0) return { visaRequestsDeleted: 0 };
  const deleted = await db().visaLetterRequest.deleteMany({ where: { id: { in: expired.map(({ id }) => id) } } });
  return { visaRequestsDeleted: deleted.count };
}
