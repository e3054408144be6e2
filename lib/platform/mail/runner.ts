import { clock } from "../clock";
import { db, statements } from "../db";
import { env } from "../env";
import { log } from "../log";
import { devMailboxTransport } from "./dev-mailbox";
import { smtpTransport } from "./transport";
import { deliverDue, purgeDelivered, requeueStale, type DeliveryDeps } from "./worker";

const POLL_MS = 2_000;
const HOUSEKEEPING_MS = 60 * 60_000;
/**
 * A nudge delivers after this pause, so that mail queued meanwhile goes out in the same batch:
 * during a rush, one batch's fixed statements (the relay's state, the claim, the site's settings)
 * per pause, rather than per message.
 */
const GATHER_MS = 150;
/** Claims go stale after STALE_CLAIM_MS (5 minutes): looking for them twice a minute is plenty. */
const STALE_CHECK_MS = 30_000;

type Runner = {
  deps: DeliveryDeps;
  timer?: NodeJS.Timeout;
  busy: boolean;
  again: boolean;
  stopped: boolean;
  gathering?: NodeJS.Timeout;
  lastHousekeeping: number;
  lastStaleCheck: number;
};

// One worker per process, shared by the server's separately bundled modules.
const holder = globalThis as typeof globalThis & { __dotmMailRunner?: Runner };

/** Delivery settings from the environment; the transport is created once per process. */
export function deliveryDepsFromEnv(): DeliveryDeps {
  const config = env();
  return {
    db: db(),
    sql: statements(),
    clock: clock(),
    transport: config.smtpUrl ? smtpTransport(config.smtpUrl) : devMailboxTransport(db(), clock()),
    from: config.mailFrom,
    messageIdDomain: new URL(config.siteUrl).hostname,
    maxRelayPauseMs: config.mailRelayMaxPauseMs,
  };
}

async function tick(runner: Runner): Promise<void> {
  if (runner.busy) {
    runner.again = true;
    return;
  }
  runner.busy = true;
  try {
    const { db, clock } = runner.deps;
    if (Date.now() - runner.lastHousekeeping > HOUSEKEEPING_MS) {
      runner.lastHousekeeping = Date.now();
      const purged = await purgeDelivered(db, clock, env().mailRetentionDays);
      if (purged > 0) log.info("mail.purged", { count: purged });
    }
    if (Date.now() - runner.lastStaleCheck > STALE_CHECK_MS) {
      runner.lastStaleCheck = Date.now();
      const requeued = await requeueStale(db, clock);
      if (requeued > 0) log.warn("mail.requeued_stale", { count: requeued });
    }
    let report;
    do {
      report = await deliverDue(runner.deps);
      if (report.claimed > 0) log.info("mail.batch", { ...report });
      if (report.held > 0) log.warn("mail.relay_fault", { held: report.held });
    } while (report.claimed > 0 && !runner.stopped);
  } catch (error) {
    log.error("mail.worker_error", { message: (error as Error).message });
  } finally {
    runner.busy = false;
    if (runner.again && !runner.stopped) {
      runner.again = false;
      void tick(runner);
    }
  }
}

/** Starts delivering the outbox in this process (idempotent). */
export function startMailWorker(deps: DeliveryDeps = deliveryDepsFromEnv()): void {
  if (holder.__dotmMailRunner) return;
  const runner: Runner = { deps, busy: false, again: false, stopped: false, lastHousekeeping: 0, lastStaleCheck: 0 };
  holder.__dotmMailRunner = runner;
  runner.timer = setInterval(() => void tick(runner), POLL_MS);
  void tick(runner);
  log.info("mail.worker_started", { transport: env().smtpUrl ? "smtp" : "dev-mailbox" });
}

/** Delivers within GATHER_MS instead of at the next poll; call after the transaction commits. */
export function nudgeMailWorker(): void {
  const runner = holder.__dotmMailRunner;
  if (!runner || runner.stopped || runner.gathering) return;
  runner.gathering = setTimeout(() => {
    runner.gathering = undefined;
    void tick(runner);
  }, GATHER_MS);
}

/** Stops polling and waits for the batch in hand. */
export async function stopMailWorker(): Promise<void> {
  const runner = holder.__dotmMailRunner;
  if (!runner) return;
  runner.stopped = true;
  clearInterval(runner.timer);
  clearTimeout(runner.gathering);
  while (runner.busy) await new Promise((resolve) => setTimeout(resolve, 50));
  runner.deps.transport.close();
  holder.__dotmMailRunner = undefined;
}
