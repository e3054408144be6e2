import { env } from "../../platform/env";
import { formatDateRange } from "../../platform/calendar/calendar";
import type { IcsEdition } from "../../platform/calendar/ics";
import { enqueueEmail, outboxInsert } from "../../platform/mail";
import type { Clock } from "../../platform/clock";
import { SQL, iso, newRowId, type Sql, type Statements } from "../../platform/database/statements";
import { newToken } from "../../platform/security/tokens";
import type { ChecklistStep } from "./sprint-readiness";

export type MailEdition = IcsEdition & { id: string };
type Person = { id: string; name: string; email: string };

/** Manage links work until a month after the edition ends (the seat statement's emails too). */
export const MANAGE_VALID_AFTER_EDITION_MS = 30 * 24 * 60 * 60_000;

const manageUrl = (token: string) => `${env().siteUrl}/registrations/manage/${token}`;
const confirmUrl = (token: string) => `${env().siteUrl}/registrations/confirm/${token}`;

/** A fresh manage link for a message (links are stored hashed, so each email gets its own). */
async function issueManageToken(
  sql: Statements,
  registrationId: string,
  edition: MailEdition,
  clock: Clock,
): Promise<string> {
  const { token, hash } = newToken();
  await storeToken(sql, registrationId, "manage", hash, manageExpiresAt(edition), clock.now());
  return token;
}

// Plain statements: these run in every registration transaction, most under the edition's lock.
async function storeToken(
  sql: Statements,
  registrationId: string,
  purpose: "confirm" | "manage",
  hash: string,
  expiresAt: Date,
  now: Date,
) {
  await sql.run(tokenInsert(registrationId, purpose, hash, expiresAt, now));
}

/** A link's row; written only `when` holds (as part of a larger statement). */
function tokenInsert(
  registrationId: string,
  purpose: "confirm" | "manage",
  hash: string,
  expiresAt: Date,
  now: Date,
  when: Sql = SQL`true`,
): Sql {
  return SQL`INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt")
     SELECT ${newRowId()}, ${registrationId}, ${purpose}::"TokenPurpose", ${hash}, ${iso(expiresAt)}::timestamptz AT TIME ZONE 'UTC', ${iso(now)}::timestamptz AT TIME ZONE 'UTC'
     WHERE ${when}`;
}

async function base(sql: Statements, person: Person, edition: MailEdition, clock: Clock) {
  return baseData(person, edition, await issueManageToken(sql, person.id, edition, clock));
}

/** What every registration message says of its edition and its reader, with their manage link. */
function baseData(person: Person, edition: MailEdition, manageToken: string) {
  return {
    name: person.name,
    editionName: edition.name,
    dates: formatDateRange(edition.startsOn, edition.endsOn),
    manageUrl: manageUrl(manageToken),
  };
}

const manageExpiresAt = (edition: Pick<MailEdition, "endsOn">) =>
  new Date(edition.endsOn.getTime() + MANAGE_VALID_AFTER_EDITION_MS);

const to = (person: Person) => ({ email: person.email, name: person.name });

export async function mailAlready(sql: Statements, person: Person, edition: MailEdition, clock: Clock) {
  await enqueueEmail(
    sql,
    { template: "registration-already", data: await base(sql, person, edition, clock), to: to(person) },
    clock,
  );
}

/** `checklist`: the "Ready to sprint" steps left for someone not ready yet (empty for someone ready). */
export async function mailStillComing(
  sql: Statements,
  person: Person,
  edition: MailEdition,
  checklist: ChecklistStep[],
  clock: Clock,
) {
  const data = await base(sql, person, edition, clock);
  await enqueueEmail(
    sql,
    {
      template: "registration-still-coming",
      data: checklist.length > 0 ? { ...data, checklist } : data,
      to: to(person),
    },
    clock,
  );
}

/**
 * A new single-use confirmation link, valid until the registration would lapse. For a person
 * who registered before (`earlierLinks`), the links sent then stop working.
 */
export async function mailConfirmLink(
  sql: Statements,
  person: Person,
  edition: MailEdition,
  expiresAt: Date,
  clock: Clock,
  { earlierLinks, application }: { earlierLinks: boolean; application?: boolean },
) {
  // A statement of its own, before the new link: a later statement sees every link committed by
  // then, those of another submission that got there first included.
  if (earlierLinks) {
    await sql.run(SQL`UPDATE "RegistrationToken" SET "expiresAt" = ${iso(clock.now())}::timestamptz AT TIME ZONE 'UTC'
       WHERE "registrationId" = ${person.id} AND purpose = 'confirm' AND "usedAt" IS NULL`);
  }
  for (const write of confirmLinkWrites(person, edition, expiresAt, clock, { application })) await sql.run(write);
}

/**
 * A new confirmation link's writes (its link, a manage link, its email), for a caller that may
 * send them within one statement of its own (a data-modifying WITH): each is made only `when` holds.
 */
export function confirmLinkWrites(
  person: Person,
  edition: MailEdition,
  expiresAt: Date,
  clock: Clock,
  { application = false }: { application?: boolean },
  when: Sql = SQL`true`,
): Sql[] {
  const now = clock.now();
  const confirm = newToken();
  const manage = newToken();
  const hours = Math.round((expiresAt.getTime() - now.getTime()) / 3_600_000);
  return [
    tokenInsert(person.id, "confirm", confirm.hash, expiresAt, now, when),
    tokenInsert(person.id, "manage", manage.hash, manageExpiresAt(edition), now, when),
    outboxInsert(
      {
        template: "registration-confirm",
        data: {
          ...baseData(person, edition, manage.token),
          confirmUrl: confirmUrl(confirm.token),
          expiresIn: `${hours} hours`,
          // On an edition by application the confirmation sends an application (docs/applications.md).
          ...(application ? { application: true } : {}),
        },
        to: to(person),
      },
      now,
      undefined,
      when,
    ),
  ];
}

/** A fresh manage link for another feature's message (the survey's), valid as the others are. */
export async function manageLinkFor(
  sql: Statements,
  registrationId: string,
  edition: Pick<MailEdition, "endsOn">,
  clock: Clock,
): Promise<string> {
  const { token, hash } = newToken();
  await storeToken(sql, registrationId, "manage", hash, manageExpiresAt(edition), clock.now());
  return manageUrl(token);
}
