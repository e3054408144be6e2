import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { isoDate } from "../../platform/calendar/calendar";
import { prismaStatements } from "../../platform/database/statements";
import { log } from "../../platform/log";
import { editionPhase, lookUpToken } from "../registration";
import type { Prisma } from "../../generated/prisma/client";
import { emailHash, newCertificateId } from "./certificate-id";
import { sameSnapshot, type CertificateSnapshot, type IssuedCertificate } from "./snapshot";
import type { CertificateProblem } from "./wording";

export type IssueOutcome = { ok: true; certificate: IssuedCertificate } | { ok: false; problem: CertificateProblem };

type Tx = Prisma.TransactionClient;

/**
 * The certificate of the person behind a manage link, once their edition has ended and if they
 * were checked in on at least one day. Its content is stored when it is first issued, and
 * a later download gives the same certificate (same id, same text) while nothing on it has
 * changed; when something has (a pull request merged since, a check-in corrected) a new
 * certificate is issued with its own id, and the earlier one stays checkable as of its date.
 * Either way its verification page shows exactly what the PDF printed.
 */
export async function issueCertificate(token: string, clock: Clock = appClock()): Promise<IssueOutcome> {
  const now = clock.now();
  const outcome = await db().$transaction(async (tx): Promise<IssueOutcome & { fresh?: boolean }> => {
    const link = await lookUpToken(prismaStatements(tx), token, "manage", now);
    if (!link.ok) return { ok: false, problem: "link-dead" };
    const { registration } = link;
    if (editionPhase(registration.edition, now) !== "past") return { ok: false, problem: "not-ended" };
    const snapshot = await currentSnapshot(tx, registration.id);
    if (!snapshot) return { ok: false, problem: "not-checked-in" };
    const latest = await tx.certificate.findFirst({
      where: { registrationId: registration.id, withdrawnAt: null },
      orderBy: { issuedAt: "desc" },
      select: { id: true, issuedAt: true, snapshot: true },
    });
    if (latest && sameSnapshot(latest.snapshot, snapshot))
      return { ok: true, certificate: { id: latest.id, issuedAt: latest.issuedAt, snapshot } };
    const certificate = await tx.certificate.create({
      data: {
        id: newCertificateId(),
        registrationId: registration.id,
        editionId: registration.edition.id,
        emailHash: emailHash(registration.email),
        snapshot,
        issuedAt: now,
      },
      select: { id: true, issuedAt: true },
    });
    return { ok: true, certificate: { ...certificate, snapshot }, fresh: true };
  });
  if (!outcome.ok) return outcome;
  // The certificate's public id only: the manage link's token is the person's credential, never written down.
  if (outcome.fresh) log.info("certificate.issued", { certificate: outcome.certificate.id });
  return { ok: true, certificate: outcome.certificate };
}

/** What a certificate would print today; null without a check-in. */
async function currentSnapshot(tx: Tx, registrationId: string): Promise<CertificateSnapshot | null> {
  const person = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      name: true,
      edition: { select: { name: true, city: true, country: true, startsOn: true, endsOn: true } },
      checkIns: { select: { day: true, by: true }, orderBy: { day: "asc" } },
      outcomes: {
        select: { outcome: { select: { kind: true, title: true, url: true, status: true } } },
        orderBy: [{ outcome: { createdAt: "asc" } }, { outcomeId: "asc" }],
      },
    },
  });
  if (person.checkIns.length === 0) return null;
  return {
    name: person.name,
    edition: {
      name: person.edition.name,
      city: person.edition.city,
      country: person.edition.country,
      startsOn: isoDate(person.edition.startsOn),
      endsOn: isoDate(person.edition.endsOn),
    },
    days: person.checkIns.map((checkIn) => checkIn.day),
    outcomes: person.outcomes.map(({ outcome }) => outcome),
    recordedBy: await organizerNames(
      tx,
      person.checkIns.map((checkIn) => checkIn.by),
    ),
  };
}

/**
 * Who vouches for the attendance: the organizers who checked the person in at the door, by the
 * name they gave when added (Organizer.name). Someone signed in through ORGANIZER_EMAILS, or
 * added without a name, is not named: the certificate then says "the organizers".
 */
async function organizerNames(tx: Tx, emails: string[]): Promise<string[]> {
  const named = await tx.organizer.findMany({
    where: { email: { in: [...new Set(emails)] }, name: { not: null } },
    select: { email: true, name: true },
  });
  const nameOf = new Map(named.map((organizer) => [organizer.email, organizer.name!.trim()]));
  return [...new Set(emails.map((email) => nameOf.get(email)).filter((name): name is string => !!name))];
}
