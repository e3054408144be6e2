import { randomUUID } from "node:crypto";
import { zonedTime } from "../../platform/calendar/zoned-time";
import { isoDate } from "../../platform/calendar/calendar";
import { clock as appClock, type Clock } from "../../platform/clock";
import { prismaStatements } from "../../platform/database/statements";
import { db } from "../../platform/db";
import { env } from "../../platform/env";
import { enqueueEmail, nudgeMailWorker } from "../../platform/mail";
import { newToken } from "../../platform/security/tokens";
import { manageLinkFor } from "../registration";
import { ensureSurvey } from "./save-survey-questions";
import type { SurveyProblem } from "./wording";
import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";

const DAY_MS = 24 * 60 * 60_000;
/** The invitations leave the morning after the last day, at this hour at the venue. */
export const INVITE_AT = "10:00";
/** An edition that ended longer ago than this gets no invitations (say, when the site starts sending them). */
const TOO_LATE_MS = 14 * DAY_MS;
/** A survey link works this long after it was sent. */
export const SURVEY_OPEN_MS = 30 * DAY_MS;
const BATCH = 200;

/**
 * Housekeeping: the morning after an edition's last day, each confirmed person checked in on at
 * least one day gets one email (through the outbox) with their page, where the certificate is,
 * and a personal survey link. Each person is invited once (marked on their registration);
 * the survey is marked sent once nobody is left. Returns the emails queued.
 */
export async function sendSurveyInvitations(clock: Clock = appClock()): Promise<number> {
  const now = clock.now();
  const editions = await db().edition.findMany({
    where: {
      published: true,
      isSample: false,
      endsOn: { lt: now, gte: new Date(now.getTime() - TOO_LATE_MS) },
      OR: [{ survey: null }, { survey: { invitationsSentAt: null } }],
    },
    select: invitedEditionColumns,
  });
  let queued = 0;
  for (const edition of editions) {
    const dayAfter = isoDate(new Date(edition.endsOn.getTime() + DAY_MS));
    if (now < zonedTime(dayAfter, INVITE_AT, edition.timeZone)) continue;
    queued += await inviteToSurvey(edition, clock);
  }
  if (queued > 0) nudgeMailWorker();
  return queued;
}

/**
 * Organizers send the invitations themselves, from the start of the last day (at the closing,
 * say) instead of waiting for the next morning. Audited; answers how many were queued.
 */
export async function sendSurveyNow(
  organizer: Organizer,
  editionId: string,
  clock: Clock = appClock(),
): Promise<{ ok: true; queued: number } | { ok: false; problem: SurveyProblem }> {
  const now = clock.now();
  const edition = await db().edition.findUnique({ where: { id: editionId }, select: invitedEditionColumns });
  if (!edition) return { ok: false, problem: "no-edition" };
  if (now < zonedTime(isoDate(edition.endsOn), "00:00", edition.timeZone)) return { ok: false, problem: "too-early" };
  const queued = await inviteToSurvey(edition, clock);
  await audit(organizer, "survey.send", `edition:${editionId}`, { queued }, { clock });
  if (queued > 0) nudgeMailWorker();
  return { ok: true, queued };
}

const invitedEditionColumns = { id: true, name: true, endsOn: true, timeZone: true } as const;
type InvitedEdition = { id: string; name: string; endsOn: Date; timeZone: string };

/** Invites everyone of the edition not invited yet, a batch per call; marks the survey sent once nobody is left. */
async function inviteToSurvey(edition: InvitedEdition, clock: Clock): Promise<number> {
  const now = clock.now();
  let queued = 0;
  const people = await db().registration.findMany({
    where: { editionId: edition.id, status: "confirmed", checkIns: { some: {} }, surveyInvitedAt: null },
    select: { id: true, name: true, email: true },
    orderBy: { id: "asc" },
    take: BATCH,
  });
  for (const person of people) {
    await db().$transaction(async (tx) => {
      await ensureSurvey(tx, edition.id, now);
      // Each person once: the mark on their registration (their link forgets them once used).
      const invited = await tx.registration.updateMany({
        where: { id: person.id, surveyInvitedAt: null },
        data: { surveyInvitedAt: now },
      });
      if (invited.count === 0) return; // another run invited them meanwhile
      const { token, hash } = newToken();
      await tx.surveyInvitation.create({
        data: {
          id: randomUUID(),
          editionId: edition.id,
          registrationId: person.id,
          tokenHash: hash,
          expiresAt: new Date(now.getTime() + SURVEY_OPEN_MS),
        },
      });
      const sql = prismaStatements(tx);
      await enqueueEmail(
        sql,
        {
          template: "survey-invitation",
          data: {
            name: person.name,
            editionName: edition.name,
            // Straight to the certificate on their page; downloading it is a button there (a POST).
            manageUrl: `${await manageLinkFor(sql, person.id, edition, clock)}#certificate`,
            surveyUrl: `${env().siteUrl}/survey/${token}`,
          },
          to: { email: person.email, name: person.name },
        },
        clock,
      );
      queued += 1;
    });
  }
  if (people.length < BATCH)
    await db().$transaction(async (tx) => {
      await ensureSurvey(tx, edition.id, now);
      await tx.survey.update({ where: { editionId: edition.id }, data: { invitationsSentAt: now } });
    });
  return queued;
}
