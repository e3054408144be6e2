import { env } from "../env";
import { dateFormat } from "../text/date-format";
import { formatDateRange } from "../editions/calendar";
import { cachedEditionCalendar, type IcsEdition } from "../editions/ics";
import { enqueueEmail } from "../mail";
import type { Clock } from "../clock";
import { newRowId, utc } from "../database/raw-values";
import { newToken } from "../security/tokens";
import type { Tx } from "./edition-lock";

export type MailEdition = IcsEdition & { id: string };
type Person = { id: string; name: string; email: string };

const MANAGE_VALID_AFTER_EDITION_MS = 30 * 24 * 60 * 60_000;

const manageUrl = (token: string) => `${env().siteUrl}/registrations/manage/${token}`;
const confirmUrl = (token: string) => `${env().siteUrl}/registrations/confirm/${token}`;

/** A fresh manage link for a message (links are stored hashed, so each email gets its own). */
async function issueManageToken(tx: Tx, registrationId: string, edition: MailEdition, clock: Clock): Promise<string> {
  const { token, hash } = newToken();
  await storeToken(tx, registrationId, "manage", hash, new Date(edition.endsOn.getTime() + MANAGE_VALID_AFTER_EDITION_MS), clock.now());
  return token;
}

// Raw statements: these run in every registration transaction, most under the edition's lock.
async function storeToken(tx: Tx, registrationId: string, purpose: "confirm" | "manage", hash: string, expiresAt: Date, now: Date) {
  await tx.$executeRaw`
    INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt")
    VALUES (${newRowId()}, ${registrationId}, ${purpose}::"TokenPurpose", ${hash}, ${utc(expiresAt)}, ${utc(now)})`;
}

async function base(tx: Tx, person: Person, edition: MailEdition, clock: Clock) {
  const manage = await issueManageToken(tx, person.id, edition, clock);
  return { name: person.name, editionName: edition.name, dates: formatDateRange(edition.startsOn, edition.endsOn), manageUrl: manageUrl(manage) };
}

const to = (person: Person) => ({ email: person.email, name: person.name });

export async function mailConfirmed(tx: Tx, person: Person, edition: MailEdition, clock: Clock) {
  await enqueueEmail(tx, {
    template: "registration-confirmed",
    data: await base(tx, person, edition, clock),
    to: to(person),
    attachments: [{ filename: `${edition.slug}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: cachedEditionCalendar(edition, env().siteUrl) }],
  }, clock);
}

export async function mailWaitlisted(tx: Tx, person: Person, edition: MailEdition, position: number, clock: Clock) {
  await enqueueEmail(tx, { template: "registration-waitlisted", data: { ...(await base(tx, person, edition, clock)), position }, to: to(person) }, clock);
}

export async function mailOffer(tx: Tx, person: Person, edition: MailEdition, expiresAt: Date, clock: Clock) {
  const offerExpires = dateFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: edition.timeZone }).format(expiresAt);
  await enqueueEmail(tx, { template: "registration-offer", data: { ...(await base(tx, person, edition, clock)), offerExpires: `${offerExpires} (${edition.timeZone})` }, to: to(person) }, clock);
}

export async function mailCancelled(tx: Tx, person: Person, edition: MailEdition, clock: Clock) {
  await enqueueEmail(tx, { template: "registration-cancelled", data: await base(tx, person, edition, clock), to: to(person) }, clock);
}

export async function mailAlready(tx: Tx, person: Person, edition: MailEdition, clock: Clock) {
  await enqueueEmail(tx, { template: "registration-already", data: await base(tx, person, edition, clock), to: to(person) }, clock);
}

export async function mailStillComing(tx: Tx, person: Person, edition: MailEdition, clock: Clock) {
  await enqueueEmail(tx, { template: "registration-still-coming", data: await base(tx, person, edition, clock), to: to(person) }, clock);
}

/** A new single-use confirmation link, valid until the registration would lapse. */
export async function mailConfirmLink(tx: Tx, person: Person, edition: MailEdition, expiresAt: Date, clock: Clock) {
  // An older link stops working once a newer one is sent.
  await tx.$executeRaw`
    UPDATE "RegistrationToken" SET "expiresAt" = ${utc(clock.now())}
    WHERE "registrationId" = ${person.id} AND purpose = 'confirm' AND "usedAt" IS NULL`;
  const { token, hash } = newToken();
  await storeToken(tx, person.id, "confirm", hash, expiresAt, clock.now());
  const hours = Math.round((expiresAt.getTime() - clock.now().getTime()) / 3_600_000);
  await enqueueEmail(tx, {
    template: "registration-confirm",
    data: { ...(await base(tx, person, edition, clock)), confirmUrl: confirmUrl(token), expiresIn: `${hours} hours` },
    to: to(person),
  }, clock);
}
