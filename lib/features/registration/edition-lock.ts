import { isLockTimeout, TryAgainError } from "../../platform/database/errors";
import type { Statements } from "../../platform/database/statements";
import { transaction } from "../../platform/db";
import { SQL } from "../../platform/database/statements";

const LOCK_TIMEOUT = "3s";
let lockingEnabled = true;

/** Test-only: lets a control test show that without the lock concurrent confirmations oversell. */
export function setEditionLockingForTests(enabled: boolean): void {
  if (process.env.NODE_ENV !== "test" && !process.env.VITEST) throw new Error("only for tests");
  lockingEnabled = enabled;
}

/**
 * Runs `work` in a transaction that first takes the edition's lock, so every change to who
 * holds a seat on one edition happens one at a time (under READ COMMITTED, counts read after
 * the lock see every earlier commit). A lock wait over 3 s becomes TryAgainError, never a hang.
 * Plain statements on the driver: the lock is held while they run, so their cost is paid one
 * confirmation at a time.
 */
export async function withEditionLock<T>(editionId: string, work: (sql: Statements) => Promise<T>): Promise<T> {
  try {
    return await transaction(async (sql) => {
      await lockEdition(sql, editionId);
      return work(sql);
    });
  } catch (error) {
    if (isLockTimeout(error)) throw new TryAgainError();
    throw error;
  }
}

/**
 * Takes the edition's lock in the caller's transaction, until it ends: for work that must
 * change seats in the same transaction as other writes (saving an edition, an erasure).
 */
export async function lockEdition(sql: Statements, editionId: string): Promise<void> {
  if (!lockingEnabled) return;
  // One round trip: the timeout is set (for this transaction) before the lock is waited for.
  await sql.run(
    SQL`SELECT set_config('lock_timeout', ${LOCK_TIMEOUT}, true), pg_advisory_xact_lock(hashtext(${`edition:${editionId}`}))`,
  );
}
