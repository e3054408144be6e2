import { runEmbeddedDatabaseInOwnThread } from "../platform/db";
import { EnvError, env } from "../platform/env";
// Composes the features' mail templates into the outbox before any request can queue mail.
import "./mail-templates";

/** Runs once per server process, before it serves: a bad environment stops it with one message. */
export async function startServer(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  // Before anything opens the database: the embedded one then runs beside the event loop, not on it.
  runEmbeddedDatabaseInOwnThread();
  const { installGracefulShutdown } = await import("./shutdown");
  installGracefulShutdown();
  // The jobs that run beside requests; `npm run worker` runs them instead with MAIL_WORKER=off.
  if (env().mailWorker === "in-app") {
    const [{ startMailWorker }, { startHousekeeping }] = await Promise.all([
      import("../platform/mail/runner"),
      import("./housekeeping-runner"),
    ]);
    startMailWorker();
    startHousekeeping();
  }
}
