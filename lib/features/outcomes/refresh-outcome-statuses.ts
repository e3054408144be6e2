import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { env } from "../../platform/env";
import { log } from "../../platform/log";
import { fetchOutcomeStatus, type StatusServices } from "./fetch-status";
import { statusSourceOf } from "./status-source";
import { recordStatus } from "./status-history";

export type RefreshReport = {
  checked: number;
  changed: number;
  /** Outcomes whose status could not be read, with why. */
  problems: { title: string; message: string }[];
  /** Set when a service asked us to stop: the remaining outcomes were not asked. */
  rateLimited: string | null;
};

type Options = { clock?: Clock; services?: StatusServices; fetchImpl?: typeof fetch };

const DAY_MS = 24 * 60 * 60_000;
/** Scheduled refreshes look at each outcome about once a day, a few at a time. */
const SCHEDULED_BATCH = 20;
const RECHECK_AFTER_MS = 20 * 60 * 60_000;

const servicesFromEnv = (): StatusServices => {
  const { githubApiUrl, githubToken, tracUrl } = env().outcomes;
  return { githubApiUrl, githubToken, tracUrl };
};

// A rate limit pauses this process's scheduled refreshes until the service's reset time.
const holder = globalThis as typeof globalThis & { __dotmOutcomePause?: number };

/** Test-only: forgets a rate limit's pause. */
export function resumeScheduledRefresh(): void {
  holder.__dotmOutcomePause = undefined;
}

/** Asks GitHub and Trac for the status of the given outcomes, one at a time, and records it. */
export async function refreshOutcomeStatuses(outcomeIds: string[], options: Options = {}): Promise<RefreshReport> {
  const clock = options.clock ?? appClock();
  const services = options.services ?? servicesFromEnv();
  const outcomes = await db().outcome.findMany({
    where: { id: { in: outcomeIds } },
    select: { id: true, title: true, url: true, status: true },
    orderBy: { createdAt: "asc" },
  });
  const report: RefreshReport = { checked: 0, changed: 0, problems: [], rateLimited: null };
  for (const outcome of outcomes) {
    const source = statusSourceOf(outcome.url, services.tracUrl);
    if (!source) continue;
    const answer = await fetchOutcomeStatus(source, services, options.fetchImpl);
    const now = clock.now();
    if (!answer.ok && answer.problem === "rate-limited") {
      report.rateLimited = answer.message;
      holder.__dotmOutcomePause = answer.retryAt?.getTime() ?? Date.now() + 60 * 60_000;
      break;
    }
    report.checked += 1;
    if (answer.ok) {
      if (answer.status !== outcome.status) report.changed += 1;
      await db().$transaction(async (tx) => {
        await tx.outcome.update({
          where: { id: outcome.id },
          data: { status: answer.status, statusCheckedAt: now, statusCheckError: null },
        });
        await recordStatus(tx, outcome.id, answer.status, now);
      });
    } else {
      report.problems.push({ title: outcome.title, message: answer.message });
      await db().outcome.update({
        where: { id: outcome.id },
        data: { statusCheckedAt: now, statusCheckError: answer.message },
      });
    }
  }
  if (report.rateLimited || report.problems.length > 0)
    log.warn("outcomes.refresh", {
      checked: report.checked,
      problems: report.problems.length,
      rateLimited: Boolean(report.rateLimited),
    });
  return report;
}

/** Every outcome of an edition that has a status to read. */
export async function refreshEditionOutcomes(editionId: string, options: Options = {}): Promise<RefreshReport> {
  const ids = await db().outcome.findMany({ where: { editionId, url: { not: null } }, select: { id: true } });
  return refreshOutcomeStatuses(
    ids.map((row) => row.id),
    options,
  );
}

/**
 * The schedule (housekeeping): open outcomes of editions that started and ended less than
 * OUTCOME_REFRESH_WEEKS ago, each about once a day. Returns how many were asked.
 */
export async function refreshDueOutcomes(options: Options = {}): Promise<number> {
  const clock = options.clock ?? appClock();
  const now = clock.now();
  if ((holder.__dotmOutcomePause ?? 0) > Date.now()) return 0;
  const weeks = env().outcomes.refreshWeeks;
  const due = await db().outcome.findMany({
    where: {
      url: { not: null },
      status: { in: ["open", "closed"] },
      AND: [
        { OR: [{ statusCheckedAt: null }, { statusCheckedAt: { lt: new Date(now.getTime() - RECHECK_AFTER_MS) } }] },
        // Only links a status can be read from (statusSourceOf has the exact rule).
        { OR: [{ url: { contains: "github.com/" } }, { url: { contains: "/ticket/" } }] },
      ],
      edition: { startsOn: { lte: now }, endsOn: { gte: new Date(now.getTime() - weeks * 7 * DAY_MS) } },
    },
    select: { id: true },
    orderBy: [{ statusCheckedAt: { sort: "asc", nulls: "first" } }],
    take: SCHEDULED_BATCH,
  });
  if (due.length === 0) return 0;
  const report = await refreshOutcomeStatuses(
    due.map((row) => row.id),
    { ...options, clock },
  );
  return report.checked;
}
