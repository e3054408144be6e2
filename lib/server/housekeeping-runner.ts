import { log } from "../log";
import { newsletterHousekeeping } from "../services/newsletter-housekeeping";
import { registrationHousekeeping } from "../services/registration-housekeeping";

const EVERY_MS = 60_000;
const holder = globalThis as typeof globalThis & { __dotmHousekeeping?: NodeJS.Timeout };

/** Runs the time-driven registration and newsletter changes once a minute in this process (idempotent). */
export function startHousekeeping(): void {
  if (holder.__dotmHousekeeping) return;
  let busy = false;
  const run = async () => {
    if (busy) return;
    busy = true;
    try {
      const report = { ...(await registrationHousekeeping()), ...(await newsletterHousekeeping()) };
      if (Object.values(report).some((count) => count > 0)) log.info("housekeeping", report);
    } catch (error) {
      log.error("housekeeping.error", { message: (error as Error).message });
    } finally {
      busy = false;
    }
  };
  holder.__dotmHousekeeping = setInterval(() => void run(), EVERY_MS);
  void run();
}

export function stopHousekeeping(): void {
  clearInterval(holder.__dotmHousekeeping);
  holder.__dotmHousekeeping = undefined;
}
