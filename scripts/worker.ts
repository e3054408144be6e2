// `npm run worker`: delivers the outbox in its own process, for deployments that run the app
// with MAIL_WORKER=off. Several may run at once against one PostgreSQL.
import { disconnectDb } from "../lib/db";
import { EnvError, env } from "../lib/env";
import { startMailWorker, stopMailWorker } from "../lib/mail/runner";

try {
  env();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
startMailWorker();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await stopMailWorker();
    await disconnectDb();
    process.exit(0);
  });
}
