import { SQL, empty, type Statements } from "../../platform/database/statements";

const holder = globalThis as typeof globalThis & { __dotmGrantLocking?: boolean };

/** Tests only: without the lock, concurrent grants overspend the budget (the control shows it). */
export function setGrantLockingForTests(on: boolean): void {
  holder.__dotmGrantLocking = on;
}

/**
 * Locks the edition's row (FOR NO KEY UPDATE: registrations may still be inserted under it) and
 * reads its budget and what is granted, after any other grant on it has committed: each statement
 * of a READ COMMITTED transaction sees what committed before it began, and the sum is read only
 * once the lock is held. Two organizers granting at once take turns here.
 */
export async function lockGrantBudget(
  sql: Statements,
  editionId: string,
): Promise<{ budget: number | null; granted: number } | null> {
  const lock = holder.__dotmGrantLocking === false ? empty : SQL`FOR NO KEY UPDATE`;
  const [edition] = await sql.rows<{ budget: number | null; erased: number }>(
    SQL`SELECT "grantBudget" AS budget, "erasedGrantEurosGranted" AS erased FROM "Edition" WHERE id = ${editionId} ${lock}`,
  );
  if (!edition) return null;
  const [sum] = await sql.rows<{ granted: number }>(
    SQL`SELECT COALESCE(SUM("amountGranted"), 0)::int AS granted FROM "TravelGrant" WHERE "editionId" = ${editionId} AND status = 'granted'`,
  );
  // Grants of people who erased their data are still promised: counted from the edition's counter.
  return { budget: edition.budget, granted: Number(sum!.granted) + Number(edition.erased) };
}
