import { disconnectDb } from "../platform/db";
import { log } from "../platform/log";
import { stopMailWorker } from "../platform/mail/runner";
import { stopHousekeeping } from "./housekeeping-runner";

const FAILSAFE_MS = 10_000;

/**
 * On SIGTERM or SIGINT: finish the mail batch in hand, then close the database, which for the
 * embedded PGlite means a clean checkpoint instead of crash recovery at the next start. Only
 * when Next leaves signals to us (NEXT_MANUAL_SIG_HANDLE, set by `npm start`); otherwise Next's
 * own handler exits the process.
 */
export function installGracefulShutdown(): void {
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) return;
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    // A second signal (a supervisor forwarding the first one) must not cut the shutdown short.
    if (stopping) return;
    stopping = true;
    log.info("server.stopping", { signal });
    setTimeout(() => process.exit(1), FAILSAFE_MS).unref();
    stopHousekeeping();
    await stopMailWorker();
    await disconnectDb({ forGood: true });
    log.info("server.stopped", { signal });
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}
