// `npm run worker`: delivers the outbox and runs registration housekeeping in its own process,
// for deployments that run the app with MAIL_WORKER=off. Several may run against one PostgreSQL.
import { disconnectDb } from "../lib/platform/db";
import { EnvError, env } from "../lib/platform/env";
import { startMailWorker, stopMailWorker } from "../lib/platform/mail/runner";
import { startHousekeeping, stopHousekeeping } from "../lib/server/housekeeping-runner";
import "../lib/server/mail-templates";

try {
  env();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
startMailWorker();
startHousekeeping();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    stopHousekeeping();
    await stopMailWorker();
    await disconnectDb();
    process.exit(0);
  });
}
