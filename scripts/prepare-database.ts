// Before the site starts: check the environment and the database, apply migrations, and seed
// an empty database. One process, which closes the database when done, so the embedded
// database is free for the server that starts next.
import { clock } from "../lib/platform/clock";
import { createAdapterFactory, describeDatabase } from "../lib/platform/database/adapter";
import { applyMigrations, sqlRunner } from "../lib/platform/database/migrate";
import { checkDatabaseReachable } from "../lib/platform/database/reachability";
import { db, disconnectDb } from "../lib/platform/db";
import { EnvError, env } from "../lib/platform/env";
import { describeSeed, seedSeries } from "../prisma/seed-data";

async function main(): Promise<number> {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    return 1;
  }
  const problem = await checkDatabaseReachable(env());
  if (problem) {
    console.error(problem);
    return 1;
  }
  console.log(`Database: ${describeDatabase()}`);
  if (process.argv.includes("--check-only")) return 0;

  const runner = sqlRunner(createAdapterFactory());
  try {
    const applied = await applyMigrations(runner);
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations: up to date.");
  } finally {
    await runner.close();
  }
  if (!process.argv.includes("--no-seed")) {
    const report = await seedSeries(db(), clock().now(), { localSite: env().localSite });
    for (const line of describeSeed(report)) console.log(line);
  }
  return 0;
}

main()
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  })
  .catch(async (error: Error) => {
    console.error(`Preparing the database failed: ${error.message}`);
    await disconnectDb().catch(() => {});
    process.exit(1);
  });
