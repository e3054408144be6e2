/**
 * How this codebase reads and writes the database: one rule.
 *
 * Prisma's model API (`db().edition.findMany(…)`) is the default, everywhere.
 *
 * Plain SQL is allowed only where it was measured to matter or where Prisma cannot say it, and
 * only as an `SQL` tagged template (lib/platform/database/statements.ts): every interpolated value is a
 * parameter; identifiers and ORDER BY come from typed lists in the code through `raw`, never
 * from a request. It runs on `statements()` / `transaction()` here, or inside a Prisma
 * transaction through `prismaStatements(tx)`. The places, each with its reason:
 *
 * - lib/features/registration/: everything under the edition lock (registering, confirming,
 *   seats, offers), paid one confirmation at a time while the lock is held, and its named hot
 *   reads (the admin registrations list and its filter, the link lookup);
 * - lib/platform/mail/: the outbox insert inside callers' transactions, the FOR UPDATE SKIP LOCKED claim,
 *   and the worker's other statements of every batch and message (the relay's state, a claim renewed, a send recorded);
 * - lib/platform/security/rate-limit.ts and mail-budgets.ts: every public form's first statements
 *   (one upsert for all keys; the last hour's public mail, counted up to the ceiling);
 * - lib/features/organizers/audit.ts: written inside plain-statement transactions too;
 * - lib/platform/auth/: the session check, the start of every admin request;
 * - lib/features/site/load.ts: the site settings every page reads;
 * - lib/features/newsletter/: advisory locks, consent, and the
 *   announcement's INSERT … SELECT of recipients.
 *
 * Anything else uses the model API.
 */
import { PrismaClient } from "../generated/prisma/client";
import { createAdapterFactory, type AdapterChoice, type EmbeddedPlacement } from "./database/adapter";
import { env } from "./env";
import { driverStatements, driverTransaction, type Statements } from "./database/statements";

export type Db = PrismaClient;

type Connection = { client: PrismaClient; choice: AdapterChoice };

// One client per process, kept across dev-server reloads; created on first use so that
// importing this module (as `next build` does) never opens the embedded database.
const holder = globalThis as typeof globalThis & {
  __dotmDb?: Connection;
  __dotmEmbedded?: EmbeddedPlacement;
  __dotmClosedForGood?: boolean;
};

/** Called by the server before it serves: its embedded database runs in a thread of its own. */
export function runEmbeddedDatabaseInOwnThread(): void {
  holder.__dotmEmbedded = "own-thread";
}

function connection(): Connection {
  // A request arriving while the server stops must not open the embedded folder a second time.
  if (holder.__dotmClosedForGood) throw new Error("the database is closed: the server is stopping");
  if (!holder.__dotmDb) {
    const choice = createAdapterFactory(env(), holder.__dotmEmbedded);
    holder.__dotmDb = { choice, client: new PrismaClient({ adapter: choice.factory }) };
  }
  return holder.__dotmDb;
}

/** The application's database client. */
export function db(): PrismaClient {
  return connection().client;
}

/** The adapter behind db(): tests and scripts use it to run SQL scripts. */
export function dbAdapter(): AdapterChoice {
  return connection().choice;
}

/**
 * Plain statements on the application's connections (Prisma's pool, or the embedded database),
 * for the hot paths where Prisma's per-query planning costs more than the query itself (see
 * lib/platform/database/statements.ts).
 */
export function statements(): Statements {
  return driverStatements(connection().choice);
}

/** A transaction of plain statements on the application's connections, for the hot write paths. */
export function transaction<T>(work: (sql: Statements) => Promise<T>): Promise<T> {
  return driverTransaction(connection().choice, work);
}

/**
 * Closes the client and, on the embedded database, PGlite itself and its thread (its folder is
 * then free). `forGood` (the server stopping): nothing opens it again in this process.
 */
export async function disconnectDb({ forGood = false }: { forGood?: boolean } = {}): Promise<void> {
  if (forGood) holder.__dotmClosedForGood = true;
  const current = holder.__dotmDb;
  holder.__dotmDb = undefined;
  if (!current) return;
  await current.client.$disconnect();
  if (current.choice.kind === "pglite") await current.choice.pglite.close();
  if (current.choice.kind === "pglite-thread") await current.choice.thread.stop();
}
