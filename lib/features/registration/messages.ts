import { env } from "../../platform/env";
import { formatDateRange } from "../../platform/calendar/calendar";
import type { IcsEdition } from "../../platform/calendar/ics";
import { enqueueEmail } from "../../platform/mail";
import type { Clock } from "../../platform/clock";
import { SQL, iso, newRowId, type Statements } from "../../platform/database/statements";
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
  await storeToken(
    sql,
    registrationId,
    "manage",
    hash,
    new Date(edition.endsOn.getTime() + MANAGE_VALID_AFTER_EDITION_MS),
    clock.now(),
  );
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
  await sql.run(SQL`INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt")
     VALUES (${newRowId()}, ${registrationId}, ${purpose}::"TokenPurpose", ${hash}, ${iso(expiresAt)}::timestamptz AT TIME ZONE 'UTC', ${iso(now)}::timestamptz AT TIME ZONE 'UTC')`);
}

async function base(sql: Statements, person: Person, edition: MailEdition, clock: Clock) {
  const manage = await issueManageToken(sql, person.id, edition, clock);
  return {
    name: person.name,
    editionName: edition.name,
    dates: formatDateRange(edition.startsOn, edition.endsOn),
    manageUrl: manageUrl(manage),
  };
}

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
  { earlierLinks, application = false }: { earlierLinks: boolean; application?: boolean },
) {
  if (earlierLinks) {
    await sql.run(SQL`UPDATE "RegistrationToken" SET "expiresAt" = ${iso(clock.now())}::timestamptz AT TIME ZONE 'UTC'
       WHERE "registrationId" = ${person.id} AND purpose = 'confirm' AND "usedAt" IS NULL`);
  }
  const { token, hash } = newToken();
  await storeToken(sql, person.id, "confirm", hash, expiresAt, clock.now());
  const hours = Math.round((expiresAt.getTime() - clock.now().getTime()) / 3_600_000);
  await enqueueEmail(
    sql,
    {
      template: "registration-confirm",
      data: {
        ...(await base(sql, person, edition, clock)),
        confirmUrl: confirmUrl(token),
        expiresIn: `${hours} hours`,
        // On an edition by application the confirmation sends an application (docs/applications.md).
        ...(application ? { application: true } : {}),
      },
      to: to(person),
    },
    clock,
  );
}

/** A fresh manage link for another feature's message (the survey's), valid as the others are. */
export async function manageLinkFor(
  sql: Statements,
  registrationId: string,
  edition: Pick<MailEdition, "endsOn">,
  clock: Clock,
): Promise<string> {
  const { token, hash } = newToken();
  const expiresAt = new Date(edition.endsOn.getTime() + MANAGE_VALID_AFTER_EDITION_MS);
  await storeToken(sql, registrationId, "manage", hash, expiresAt, clock.now());
  return manageUrl(token);
}
