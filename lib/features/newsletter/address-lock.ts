import { asStatements, SQL, type RawCapable, type Statements } from "../../platform/database/statements";
import type { Prisma } from "../../generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/**
 * Serializes everything that decides whether to email one address (subscribe, privacy
 * requests), so 50 simultaneous submissions count their emails one at a time. Subscribing takes
 * the same lock inside its database function (newsletter_subscribe_request).
 */
export async function lockAddress(sql: Statements | RawCapable, email: string): Promise<void> {
  await asStatements(sql).run(SQL`SELECT pg_advisory_xact_lock(hashtext(${`address:${email}`}))`);
}

/** At most this many confirmation or privacy emails to one address per hour. */
export const MAILS_PER_ADDRESS_PER_HOUR = 2;
export const HOUR_MS = 60 * 60_000;
