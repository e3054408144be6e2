import { randomUUID } from "node:crypto";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type pg from "pg";
import sql, { empty, join, raw, type Sql } from "sql-template-tag";

/**
 * Plain SQL as tagged templates: `SQL\`SELECT … WHERE id = ${id}\`` sends every interpolated value
 * as a parameter, never as text. Fragments compose (`join`, `empty`); identifiers and ORDER BY
 * come only from typed lists in the code, through `raw` (see the rule at the head of lib/platform/db.ts).
 *
 * The hot write paths (registering, confirming, the edition's critical section) run on these
 * through the bare driver: Prisma's client costs about 0.25 ms of CPU per raw statement and 1 ms
 * per model query, several times the statements themselves, and under the edition lock that cost
 * is paid one confirmation at a time. The same helpers run inside a Prisma transaction through
 * `prismaStatements` (or `asStatements`).
 *
 * Timestamps: Prisma stores UTC wall-clock time in `timestamp` columns. Write them as
 * `${iso(date)}::timestamptz AT TIME ZONE 'UTC'`, read them with `epochMs` and `fromEpochMs`:
 * the two drivers read such columns differently, numbers alike.
 */
export type Statements = {
  rows<Row>(query: Sql): Promise<Row[]>;
  /** The number of rows the statement changed. */
  run(query: Sql): Promise<number>;
};

// SQL rather than sql: the statements themselves are usually named `sql`.
export { empty, join, raw, sql as SQL, type Sql };

/** A timestamp parameter, for `$n::timestamptz AT TIME ZONE 'UTC'`. */
export const iso = (at: Date): string => at.toISOString();

/** A timestamp column (named in the code) read as epoch milliseconds under the name `as`, e.g. `epochMs('r."createdAt"', "createdAt")`. */
export const epochMs = (column: string, as: string): Sql =>
  raw(`(extract(epoch FROM ${column}) * 1000)::float8 AS "${as}"`);

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
    rows: async <Row>(query: Sql) => (await tx.$queryRawUnsafe<Row[]>(query.text, ...query.values)) as Row[],
    run: async (query) => tx.$executeRawUnsafe(query.text, ...query.values),
  };
}

/** Plain statements as they are, or a Prisma transaction's (or client's) as plain statements. */
export function asStatements(client: Statements | RawCapable): Statements {
  return "run" in client ? client : prismaStatements(client);
}

// PGlite reports no affected count for a SELECT; pg's rowCount counts the rows a SELECT returned.
function pgliteStatements(runner: Pick<PGlite | Transaction, "query">): Statements {
  return {
    rows: async <Row>(query: Sql) => (await runner.query<Row>(query.text, query.values)).rows,
    run: async (query) => {
      const result = await runner.query(query.text, query.values);
      return result.affectedRows ?? result.rows.length;
    },
  };
}

function pgStatements(runner: Pick<pg.Pool | pg.PoolClient, "query">): Statements {
  return {
    rows: async <Row>(query: Sql) => (await runner.query(query.text, query.values)).rows as Row[],
    run: async (query) => (await runner.query(query.text, query.values)).rowCount ?? 0,
  };
}

export type Driver = { kind: "postgres" | "pglite-thread"; pool: pg.Pool } | { kind: "pglite"; pglite: PGlite };

/** Single statements on the pool (or the embedded database), each on its own. */
export function driverStatements(driver: Driver): Statements {
  return driver.kind === "pglite" ? pgliteStatements(driver.pglite) : pgStatements(driver.pool);
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
