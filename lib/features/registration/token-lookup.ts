import { SQL, epochMs, fromEpochMs, join, type Statements } from "../../platform/database/statements";
import type { RegistrationStatus } from "../../generated/prisma/client";
import { hashToken, isWellFormedToken } from "../../platform/security/tokens";
import { env } from "../../platform/env";
import { registrationEditionFrom, registrationEditionSelect, type RegistrationEdition } from "./edition-columns";

export type TokenProblem = "invalid" | "expired" | "used";

export type TokenRegistration = {
  id: string;
  status: RegistrationStatus;
  name: string;
  email: string;
  city: string;
  country: string;
  affiliation: string | null;
  experience: string;
  interests: string[];
  hopes: string | null;
  days: string[];
  dietary: string | null;
  accessibility: string | null;
  afternoonActivities: boolean;
  publicListing: boolean;
  canHelpSetUp: boolean;
  newsletterOptIn: boolean;
  githubUsername: string | null;
  waitlistedAt: Date | null;
  waitlistNumber: number | null;
  offerExpiresAt: Date | null;
  pendingExpiresAt: Date | null;
  /** Set for a place accepted from an application (held as an offer). */
  acceptedAt: Date | null;
  edition: RegistrationEdition;
};

const REGISTRATION_DATES = ["waitlistedAt", "offerExpiresAt", "pendingExpiresAt", "acceptedAt"] as const;

// Plain SQL, one statement: every link's page and action starts here. A public site knows no
// link of a sample edition's (one tried while the site was local).
const findToken = (tokenHash: string) => SQL`
  SELECT t.id AS "tokenId", t.purpose::text AS purpose, (t."usedAt" IS NOT NULL) AS used, ${epochMs('t."expiresAt"', "expiresAt")},
    r.id, r.status::text AS status, r.name, r.email, r.city, r.country, r.affiliation, r.experience, r.interests, r.hopes, r.days,
    r.dietary, r.accessibility, r."afternoonActivities", r."publicListing", r."canHelpSetUp", r."newsletterOptIn", r."githubUsername", r."waitlistNumber",
    ${join(REGISTRATION_DATES.map((column) => epochMs(`r."${column}"`, column)))},
    ${registrationEditionSelect("e", "edition.")}
  FROM "RegistrationToken" t JOIN "Registration" r ON r.id = t."registrationId" JOIN "Edition" e ON e.id = r."editionId"
  WHERE t."tokenHash" = ${tokenHash} AND (${env().localSite} OR NOT e."isSample")`;

type Row = Record<string, unknown> & { tokenId: string; purpose: string; used: boolean; expiresAt: number };

function registrationOf(row: Row): TokenRegistration {
  return {
    id: row.id,
    status: row.status,
    name: row.name,
    email: row.email,
    city: row.city,
    country: row.country,
    affiliation: row.affiliation,
    experience: row.experience,
    interests: row.interests,
    hopes: row.hopes,
    days: row.days,
    dietary: row.dietary,
    accessibility: row.accessibility,
    afternoonActivities: row.afternoonActivities,
    publicListing: row.publicListing,
    canHelpSetUp: row.canHelpSetUp,
    newsletterOptIn: row.newsletterOptIn,
    githubUsername: row.githubUsername,
    waitlistNumber: row.waitlistNumber,
    ...Object.fromEntries(REGISTRATION_DATES.map((column) => [column, fromEpochMs(row[column] as number | null)])),
    edition: registrationEditionFrom(row, "edition."),
  } as TokenRegistration;
}

export type TokenLookup =
  | { ok: true; tokenId: string; registration: TokenRegistration }
  /** A spent link still names its registration, so its page can say where that stands. */
  | { ok: false; problem: "used"; registration: TokenRegistration }
  | { ok: false; problem: "invalid" | "expired"; registration?: undefined };

/** Resolves an emailed link; a malformed, unknown, tampered, expired or spent one is refused. */
export async function lookUpToken(
  sql: Statements,
  token: string,
  purpose: "confirm" | "manage",
  now: Date,
): Promise<TokenLookup> {
  if (!isWellFormedToken(token)) return { ok: false, problem: "invalid" };
  const [row] = await sql.rows<Row>(findToken(hashToken(token)));
  if (!row || row.purpose !== purpose) return { ok: false, problem: "invalid" };
  if (row.used) return { ok: false, problem: "used", registration: registrationOf(row) };
  if (row.expiresAt <= now.getTime()) return { ok: false, problem: "expired" };
  return { ok: true, tokenId: row.tokenId, registration: registrationOf(row) };
}
