import type { Statements } from "../database/statements";
import type { IcsEdition } from "../editions/ics";

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
} as const;

export type RegistrationEdition = IcsEdition & { id: string; capacity: number; registrationOpensAt: Date | null; registrationClosesAt: Date | null };

const epoch = (column: string) => `(extract(epoch FROM "${column}") * 1000)::float8 AS "${column}"`;
const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * The same columns of a published edition, read as plain SQL for the registration form's
 * submit (a hot path): dates come back as epoch milliseconds, which both drivers read alike.
 */
export async function readPublishedRegistrationEdition(sql: Statements, slug: string): Promise<RegistrationEdition | undefined> {
  const [row] = await sql.rows<Omit<RegistrationEdition, "startsOn" | "endsOn" | "registrationOpensAt" | "registrationClosesAt"> & Record<"startsOn" | "endsOn", number> & Record<"registrationOpensAt" | "registrationClosesAt", number | null>>(
    `SELECT id, slug, name, "timeZone", "venueName", "venueAddress", capacity,
       ${["startsOn", "endsOn", "registrationOpensAt", "registrationClosesAt"].map(epoch).join(", ")}
     FROM "Edition" WHERE slug = $1 AND published`,
    [slug],
  );
  if (!row) return undefined;
  return { ...row, startsOn: new Date(row.startsOn), endsOn: new Date(row.endsOn), registrationOpensAt: date(row.registrationOpensAt), registrationClosesAt: date(row.registrationClosesAt) };
}
