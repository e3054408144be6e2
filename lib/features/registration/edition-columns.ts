import { SQL, epochMs, fromEpochMs, join, raw, type Sql, type Statements } from "../../platform/database/statements";
import { type IcsEdition } from "../../platform/calendar/ics";
import { env } from "../../platform/env";

/** What registration services need of an edition. */
export const registrationEditionColumns = {
  id: true,
  slug: true,
  name: true,
  timeZone: true,
  startsOn: true,
  endsOn: true,
  venueName: true,
  venueAddress: true,
  capacity: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  selection: true,
  applicationDeadline: true,
} as const;

export type RegistrationEdition = IcsEdition & {
  id: string;
  capacity: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  selection: "first_come" | "by_application";
  applicationDeadline: Date | null;
};

const EDITION_VALUES = ["id", "slug", "name", "timeZone", "venueName", "venueAddress", "capacity"] as const;
const EDITION_DATES = [
  "startsOn",
  "endsOn",
  "registrationOpensAt",
  "registrationClosesAt",
  "applicationDeadline",
] as const;

/** The same columns as plain SQL from the edition table `table`, each named `${prefix}${column}`. */
export function registrationEditionSelect(table: string, prefix = ""): Sql {
  return join([
    ...EDITION_VALUES.map((column) => raw(`${table}."${column}" AS "${prefix}${column}"`)),
    ...EDITION_DATES.map((column) => epochMs(`${table}."${column}"`, `${prefix}${column}`)),
    raw(`${table}.selection::text AS "${prefix}selection"`),
  ]);
}

/** The edition a row read with `registrationEditionSelect` names. */
export function registrationEditionFrom(row: Record<string, unknown>, prefix = ""): RegistrationEdition {
  const value = (column: string) => row[`${prefix}${column}`];
  return {
    ...Object.fromEntries(EDITION_VALUES.map((column) => [column, value(column)])),
    startsOn: fromEpochMs(value("startsOn") as number),
    endsOn: fromEpochMs(value("endsOn") as number),
    registrationOpensAt: fromEpochMs(value("registrationOpensAt") as number | null),
    registrationClosesAt: fromEpochMs(value("registrationClosesAt") as number | null),
    selection: value("selection"),
    applicationDeadline: fromEpochMs(value("applicationDeadline") as number | null),
  } as RegistrationEdition;
}

/** The registration an address already has on an edition. */
export type EarlierRegistration = { id: string; name: string; email: string; status: string };

/**
 * A published edition's registration columns, with the registration `email` already has there
 * (if any), read as plain SQL in one statement for the registration form's submit (a hot path).
 * A public site never takes a registration for a sample edition.
 */
export async function readRegistrationEditionFor(
  sql: Statements,
  slug: string,
  email: string,
): Promise<{ edition: RegistrationEdition; earlier: EarlierRegistration | undefined } | undefined> {
  const [row] = await sql.rows<Record<string, unknown> & { earlier: EarlierRegistration | null }>(
    SQL`SELECT ${registrationEditionSelect("e")},
       (SELECT json_build_object('id', r.id, 'name', r.name, 'email', r.email, 'status', r.status::text)
          FROM "Registration" r WHERE r."editionId" = e.id AND r.email = ${email}) AS earlier
     FROM "Edition" e WHERE e.slug = ${slug} AND e.published AND (${env().localSite} OR NOT e."isSample")`,
  );
  return row && { edition: registrationEditionFrom(row), earlier: row.earlier ?? undefined };
}
