import { randomUUID } from "node:crypto";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type pg from "pg";

/**
 * SQL statements with `$1…` parameters, on a transaction or on the pool. The hot write paths
 * (registering, confirming, the edition's critical section) run on these through the bare
 * driver: Prisma's client costs about 0.25 ms of CPU per raw statement and 1 ms per model
 * query, several times the statements themselves, and under the edition lock that cost is paid
 * one confirmation at a time. The same helpers run inside a Prisma transaction through
 * `prismaStatements` (or `asStatements`).
 *
 * Timestamps: Prisma stores UTC wall-clock time in `timestamp` columns. Write them as
 * `$n::timestamptz AT TIME ZONE 'UTC'` with `iso(date)`, read them with `epochMs` and
 * `fromEpochMs`: the two drivers read such columns differently, numbers alike.
 */
export type Statements = {
  rows<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** The number of rows the statement changed. */
  run(text: string, params?: readonly unknown[]): Promise<number>;
};

/** A timestamp parameter, for `$n::timestamptz AT TIME ZONE 'UTC'`. */
export const iso = (at: Date): string => at.toISOString();

/** A timestamp column read as epoch milliseconds under the name `as`, e.g. `epochMs('r."createdAt"', "createdAt")`. */
export const epochMs = (column: string, as: string): string =>
  `(extract(epoch FROM ${column}) * 1000)::float8 AS "${as}"`;

/** A timestamp read with `epochMs` as a Date; null stays null. */
export function fromEpochMs(ms: number): Date;
export function fromEpochMs(ms: number | null): Date | null;
export function fromEpochMs(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

/** A new row's id (Prisma's own default is filled in by Prisma's client, not the database). */
export const newRowId = (): string => randomUUID();

export type RawCapable = {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
};

/** The statements of a Prisma transaction (or client), for callers that also use its models. */
export function prismaStatements(tx: RawCapable): Statements {
  return {
    rows: async <Row>(text: string, params: readonly unknown[] = []) =>
      (await tx.$queryRawUnsafe<Row[]>(text, ...params)) as Row[],
    run: async (text, params = []) => tx.$executeRawUnsafe(text, ...params),
  };
}

/** Plain statements as they are, or a Prisma transaction's (or client's) as plain statements. */
export function asStatements(client: Statements | RawCapable): Statements {
  return "run" in client ? client : prismaStatements(client);
}

// PGlite reports no affected count for a SELECT; pg's rowCount counts the rows a SELECT returned.
function pgliteStatements(runner: Pick<PGlite | Transaction, "query">): Statements {
  return {
    rows: async <Row>(text: string, params: readonly unknown[] = []) =>
      (await runner.query<Row>(text, [...params])).rows,
    run: async (text, params = []) => {
      const result = await runner.query(text, [...params]);
      return result.affectedRows ?? result.rows.length;
    },
  };
}

function pgStatements(runner: Pick<pg.Pool | pg.PoolClient, "query">): Statements {
  return {
    rows: async <Row>(text: string, params: readonly unknown[] = []) =>
      (await runner.query(text, [...params])).rows as Row[],
    run: async (text, params = []) => (await runner.query(text, [...params])).rowCount ?? 0,
  };
}

export type Driver = { kind: "postgres"; pool: pg.Pool } | { kind: "pglite"; pglite: PGlite };

/** Single statements on the pool (or the embedded database), each on its own. */
export function driverStatements(driver: Driver): Statements {
  return driver.kind === "postgres" ? pgStatements(driver.pool) : pgliteStatements(driver.pglite);
}

/**
 * Runs `work` in one transaction on a connection of its own (READ COMMITTED), committed when it
 * returns and rolled back when it throws. A connection that failed mid-transaction is closed
 * rather than given back to the pool.
 */
export async function driverTransaction<T>(driver: Driver, work: (sql: Statements) => Promise<T>): Promise<T> {
  if (driver.kind === "pglite") return driver.pglite.transaction((tx) => work(pgliteStatements(tx)));
  const client = await driver.pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await work(pgStatements(client));
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
