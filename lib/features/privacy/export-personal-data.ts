import { certificatesOf } from "../certificates";
import { GRANT_EXPORT_NOTE, grantsOf } from "../travel-grants/reads";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { prismaStatements } from "../../platform/database/statements";
import { enqueueEmail, nudgeMailWorker } from "../../platform/mail";
import { mailRenderer } from "../../platform/mail/templates";
import { lookUpPrivacyRequest } from "./privacy-requests";

type StoredMessage = { template: string; data: unknown; subject: string | null };

/**
 * Each email's subject: a queued one is stored as its template and data and gets its subject
 * when the worker renders it, so it is rendered here as the worker would now.
 */
async function withSubjects<Row extends StoredMessage>(rows: Row[]) {
  const unwritten = rows.some((row) => row.subject === null && row.data !== null);
  const render = unwritten ? await mailRenderer().prepare(prismaStatements(db())) : null;
  const subjectOf = ({ template, data, subject }: StoredMessage) => {
    if (subject !== null || data === null || !render) return subject;
    try {
      return render(template, data).subject;
    } catch {
      return null;
    }
  };
  return rows.map(({ template, data, subject, ...row }) => ({
    subject: subjectOf({ template, data, subject }),
    ...row,
  }));
}

/** Everything stored about one address, in one document (GDPR article 15). */
export async function personalData(email: string) {
  const [subscriber, registrations, messages, privacyRequests, hostProposals, certificates, travelGrants] =
    await Promise.all([
      db().subscriber.findUnique({
        where: { email },
        select: {
          email: true,
          name: true,
          status: true,
          createdAt: true,
          confirmedAt: true,
          unsubscribedAt: true,
          consents: { select: { kind: true, source: true, wordingVersion: true, at: true }, orderBy: { at: "asc" } },
          deliveries: { select: { createdAt: true, announcement: { select: { subject: true } } } },
        },
      }),
      db().registration.findMany({
        where: { email },
        omit: { id: true, editionId: true },
        include: {
          edition: { select: { name: true } },
          outcomes: { select: { outcome: { select: { kind: true, title: true, url: true, status: true } } } },
          // The pull requests the search found under their GitHub username, and what was decided.
          pullRequestProposals: { select: { url: true, title: true, decision: true, createdAt: true } },
          // The room-share board entry, and the messages written through it.
          roomShare: { select: { kind: true, nights: true, note: true, createdAt: true } },
          sprintReadiness: {
            select: {
              githubAccount: true,
              forkAndClone: true,
              virtualEnv: true,
              testRun: true,
              ranLine: true,
              testRunAt: true,
            },
          },
          relayMessagesSent: { select: { body: true, createdAt: true } },
          // When they stopped someone writing to them (not whom: that is the other person's data).
          relayBlocksMade: { select: { createdAt: true } },
          // Survey answers they chose to add their name to (anonymous ones are nobody's).
          namedSurveyAnswers: { select: { answers: true, answeredOn: true, name: true } },
          // Their visa letter request without the passport number and date of birth: this copy
          // travels by email and waits in the outbox, where those two must never be.
          visaLetterRequest: {
            select: {
              fullName: true,
              nationality: true,
              consulate: true,
              arrivesOn: true,
              leavesOn: true,
              status: true,
              decisionNote: true,
              decidedAt: true,
              createdAt: true,
            },
          },
          // The tickets they claimed on the sprint board, for themselves or their table.
          ticketClaims: {
            select: {
              day: true,
              table: true,
              createdAt: true,
              ticket: { select: { source: true, repository: true, number: true, summary: true } },
            },
          },
        },
        orderBy: { createdAt: "asc" },
      }),
      db()
        .outboxMessage.findMany({
          where: { toAddress: email },
          select: { template: true, data: true, subject: true, status: true, createdAt: true, sentAt: true },
          orderBy: { createdAt: "asc" },
        })
        .then(withSubjects),
      db().privacyRequest.findMany({ where: { email }, select: { kind: true, createdAt: true, usedAt: true } }),
      db().hostProposal.findMany({
        where: { email },
        omit: { id: true, notes: true, editionId: true },
        orderBy: { createdAt: "asc" },
      }),
      // Certificates of attendance outlive their registrations (5 years after they were issued).
      certificatesOf(email),
      // Travel grant requests without the reason they wrote: it stays sealed, out of this emailed copy.
      grantsOf(email),
    ]);
  return {
    email,
    newsletter: subscriber,
    registrations,
    emailsSent: messages,
    privacyRequests,
    hostProposals,
    certificates,
    travelGrants,
    ...(travelGrants.length > 0 && { travelGrantsNote: GRANT_EXPORT_NOTE }),
    ...(registrations.some((registration) => registration.visaLetterRequest) && {
      visaLetterRequestsNote: VISA_EXPORT_NOTE,
    }),
  };
}

const VISA_EXPORT_NOTE =
  "Your passport number and date of birth are kept encrypted and are not in this copy, which travels by email. Your invitation letter, downloaded from your registration page, shows them.";

export type ExportOutcome = { ok: true } | { ok: false; problem: "invalid" | "expired" | "used" | "wrong-kind" };

/** The owner confirmed an export request: the copy goes to the address itself, never to the page. */
export async function exportPersonalData(token: string, clock: Clock = appClock()): Promise<ExportOutcome> {
  const now = clock.now();
  const found = await lookUpPrivacyRequest(token, now);
  if (!found.ok) return found;
  if (found.kind !== "export") return { ok: false, problem: "wrong-kind" };
  const data = await personalData(found.email);
  const outcome = await db().$transaction(async (tx): Promise<ExportOutcome> => {
    const spent = await tx.privacyRequest.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count === 0) return { ok: false, problem: "used" };
    await enqueueEmail(
      tx,
      {
        template: "privacy-export",
        data: {
          summary: `Newsletter: ${data.newsletter ? data.newsletter.status : "not subscribed"}. Registrations: ${data.registrations.length}. Emails we sent: ${data.emailsSent.length}.`,
        },
        to: { email: found.email },
        attachments: [
          {
            filename: "my-data.json",
            contentType: "application/json; charset=utf-8",
            content: JSON.stringify(data, null, 2),
          },
        ],
      },
      clock,
    );
    return { ok: true };
  });
  nudgeMailWorker();
  return outcome;
}
