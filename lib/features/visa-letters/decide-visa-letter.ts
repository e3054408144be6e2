import { clock as appClock, type Clock } from "../../platform/clock";
import type { Organizer } from "../../platform/auth/organizer";
import { db } from "../../platform/db";
import { prismaStatements } from "../../platform/database/statements";
import { enqueueEmail, nudgeMailWorker } from "../../platform/mail";
import { audit } from "../organizers";
import { manageLinkFor } from "../registration";
import { mayAskForVisaLetter } from "./eligibility";

export type DecisionOutcome = { ok: true } | { ok: false; problem: "not-found" | "not-eligible" | "changed" };

/**
 * The request, if it is this edition's, still waits for a decision and is the version the
 * organizer saw (its updatedAt, from the page): a correction in between changes it.
 */
const waiting = (requestId: string, editionId: string, version: Date) => ({
  id: requestId,
  status: "requested" as const,
  updatedAt: version,
  registration: { editionId },
});

/** The version an organizer's page carried, as a date; null when it is not one. */
function versionDate(version: string): Date | null {
  const date = new Date(version);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Not found as seen: "changed" when the request still waits but was corrected since, else "not-found". */
async function missing(
  tx: Pick<ReturnType<typeof db>, "visaLetterRequest">,
  requestId: string,
  editionId: string,
): Promise<{ ok: false; problem: "not-found" | "changed" }> {
  const still = await tx.visaLetterRequest.count({
    where: { id: requestId, status: "requested", registration: { editionId } },
  });
  return { ok: false, problem: still > 0 ? "changed" : "not-found" };
}

type Decision = {
  data: { status: "approved"; approvedBy: string } | { status: "declined"; decisionNote: string };
  template: "visa-letter-ready" | "visa-letter-declined";
  action: "visa-letter.approve" | "visa-letter.decline";
};

/**
 * An organizer approves a request: the person is emailed a link to their page (no attachment, no
 * personal data), and the audit records who approved which request, nothing about the person.
 */
export function approveVisaLetter(
  organizer: Organizer,
  editionId: string,
  requestId: string,
  version: string,
  clock: Clock = appClock(),
): Promise<DecisionOutcome> {
  return decide(organizer, editionId, requestId, version, clock, {
    data: { status: "approved", approvedBy: organizer.name || organizer.email },
    template: "visa-letter-ready",
    action: "visa-letter.approve",
  });
}

/**
 * An organizer declines with a short note, which the person reads on their page, where they may
 * correct and ask again; the email says only that there is an answer, with the link to it.
 */
export function declineVisaLetter(
  organizer: Organizer,
  editionId: string,
  requestId: string,
  version: string,
  note: string,
  clock: Clock = appClock(),
): Promise<DecisionOutcome> {
  return decide(organizer, editionId, requestId, version, clock, {
    data: { status: "declined", decisionNote: note },
    template: "visa-letter-declined",
    action: "visa-letter.decline",
  });
}

/**
 * Either decision, in one transaction: the request as the organizer saw it, of a person who may
 * still ask (a place given up before the housekeeping swept the request gets no decision and no
 * new link), marked decided; the person emailed a link to their page; the audit entry written.
 */
async function decide(
  organizer: Organizer,
  editionId: string,
  requestId: string,
  version: string,
  clock: Clock,
  decision: Decision,
): Promise<DecisionOutcome> {
  const now = clock.now();
  const seen = versionDate(version);
  if (!seen) return { ok: false, problem: "changed" };
  const outcome = await db().$transaction(async (tx): Promise<DecisionOutcome> => {
    const request = await tx.visaLetterRequest.findFirst({
      where: waiting(requestId, editionId, seen),
      select: {
        registration: {
          select: {
            id: true,
            email: true,
            status: true,
            acceptedAt: true,
            edition: { select: { name: true, endsOn: true } },
          },
        },
      },
    });
    if (!request) return missing(tx, requestId, editionId);
    const { registration } = request;
    if (!mayAskForVisaLetter(registration)) return { ok: false, problem: "not-eligible" };
    const decided = await tx.visaLetterRequest.updateMany({
      where: waiting(requestId, editionId, seen),
      data: { ...decision.data, decidedAt: now, updatedAt: now },
    });
    if (decided.count === 0) return missing(tx, requestId, editionId);
    const manageUrl = await manageLinkFor(prismaStatements(tx), registration.id, registration.edition, clock);
    await enqueueEmail(
      tx,
      {
        template: decision.template,
        data: { editionName: registration.edition.name, manageUrl },
        to: { email: registration.email },
      },
      clock,
    );
    await audit(organizer, decision.action, requestId, { editionId }, { tx, clock });
    return { ok: true };
  });
  if (outcome.ok) nudgeMailWorker();
  return outcome;
}
