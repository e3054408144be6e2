import { applyMigrations, sqlRunner } from "../../lib/platform/database/migrate";
import { dbAdapter } from "../../lib/platform/db";
import { createThrowawayDatabase } from "../../tests/fixtures/local-database";

/**
 * A throwaway database on DATABASE_URL's local PostgreSQL server, migrated, which this process
 * then uses (DATABASE_URL points at it). Drop it with dropDatabase when done.
 */
export async function migratedThrowawayDatabase(prefix: string): Promise<string> {
  const server = process.env.DATABASE_URL;
  if (!server)
    throw new Error("Set DATABASE_URL to a local PostgreSQL server (e.g. postgresql://dotm:dotm@127.0.0.1:5432/dotm).");
  const url = await createThrowawayDatabase(server, prefix);
  process.env.DATABASE_URL = url;
  const runner = sqlRunner(dbAdapter());
  await applyMigrations(runner);
  await runner.close();
  return url;
}
