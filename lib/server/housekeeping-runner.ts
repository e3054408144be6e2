import { log } from "../platform/log";
import { forgetExpiredCounters } from "../platform/security/rate-limit";
import { certificateHousekeeping } from "../features/certificates";
import { newsletterHousekeeping } from "../features/newsletter";
import { registrationHousekeeping } from "../features/registration";
import { roomShareHousekeeping } from "../features/room-shares";
import { sendSurveyInvitations } from "../features/survey";
import { grantHousekeeping } from "../features/travel-grants";
import { discoverDuePullRequests, refreshDueOutcomes } from "../features/outcomes";
import { refreshDueBoardTickets } from "../features/ticket-board";
import { visaLetterHousekeeping } from "../features/visa-letters";

const EVERY_MS = 60_000;
/** Status refreshes and the pull request search wait on GitHub and Trac: they run on their own, less often. */
const OUTCOMES_EVERY_MS = 10 * 60_000;
const holder = globalThis as typeof globalThis & { __dotmHousekeeping?: NodeJS.Timeout[] };

/** Runs `task` every `everyMs` (and now), never twice at once, logging what it did. */
function every(everyMs: number, name: string, task: () => Promise<Record<string, number>>): NodeJS.Timeout {
  let busy = false;
  const run = async () => {
    if (busy) return;
    busy = true;
    try {
      const report = await task();
      if (Object.values(report).some((count) => count > 0)) log.info(name, report);
    } catch (error) {
      log.error(`${name}.error`, { message: (error as Error).message });
    } finally {
      busy = false;
    }
  };
  void run();
  return setInterval(() => void run(), everyMs);
}

/** Runs the time-driven changes in this process (each is idempotent, so instances may overlap). */
export function startHousekeeping(): void {
  if (holder.__dotmHousekeeping) return;
  holder.__dotmHousekeeping = [
    every(EVERY_MS, "housekeeping", async () => ({
      ...(await registrationHousekeeping()),
      ...(await certificateHousekeeping()),
      ...(await grantHousekeeping()),
      ...(await newsletterHousekeeping()),
      ...(await roomShareHousekeeping()),
      ...(await visaLetterHousekeeping()),
      surveyInvitations: await sendSurveyInvitations(),
      ...(await forgetExpiredCounters()),
    })),
    every(OUTCOMES_EVERY_MS, "outcomes.scheduled-refresh", async () => ({
      refreshed: await refreshDueOutcomes(),
      boardTickets: await refreshDueBoardTickets(),
      proposed: await discoverDuePullRequests(),
    })),
  ];
}

export function stopHousekeeping(): void {
  for (const timer of holder.__dotmHousekeeping ?? []) clearInterval(timer);
  holder.__dotmHousekeeping = undefined;
}
