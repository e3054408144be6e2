import { clock as appClock, type Clock } from "../clock";
import { db } from "../db";
import { env } from "../env";
import { log } from "../log";
import type { StatusServices } from "../outcomes/fetch-status";
import { searchPullRequests } from "../outcomes/search-pull-requests";
import { ticketReference } from "../outcomes/ticket-reference";

export type DiscoveryReport = {
  /** Attendees whose pull requests were looked for. */
  searched: number;
  found: number;
  /** New proposals: found, not yet recorded as outcomes, never proposed before. */
  proposed: number;
  /** Set when GitHub's rate limit is used up: the search waits until it resets. */
  rateLimited: string | null;
  problems: string[];
};

type Options = {
  clock?: Clock;
  services?: Pick<StatusServices, "githubApiUrl" | "githubToken">;
  fetchImpl?: typeof fetch;
};

const DAY_MS = 24 * 60 * 60_000;
/** Pull requests opened up to this long after an edition still come from its sprint. */
export const AFTER_THE_SPRINT_MS = 14 * DAY_MS;
/** Scheduled searches look at each edition this often, while it runs and OUTCOME_REFRESH_WEEKS after. */
const SEARCH_EVERY_MS = 6 * 60 * 60_000;

/**
 * Looks for the pull requests that confirmed attendees who gave a GitHub username opened in the
 * edition's repositories from its first day to 14 days after its last, and proposes each new
 * one to its author (and organizers). Nothing is published here: a person accepts it first.
 * A pull request already recorded (same link) is not proposed, and one proposed before, whatever
 * was decided, never again.
 */
export async function discoverPullRequests(editionId: string, options: Options = {}): Promise<DiscoveryReport> {
  const clock = options.clock ?? appClock();
  const services = options.services ?? env().outcomes;
  const now = clock.now();
  const report: DiscoveryReport = { searched: 0, found: 0, proposed: 0, rateLimited: null, problems: [] };
  const edition = await db().edition.findUnique({
    where: { id: editionId },
    select: {
      startsOn: true,
      endsOn: true,
      outcomeRepositories: true,
      pullRequestSearchPausedUntil: true,
      pullRequestSearchProblem: true,
    },
  });
  if (!edition || edition.outcomeRepositories.length === 0) return report;
  if (edition.pullRequestSearchPausedUntil && edition.pullRequestSearchPausedUntil > now) {
    report.rateLimited = edition.pullRequestSearchProblem ?? "GitHub's rate limit is used up.";
    return report;
  }
  const [attendees, recorded] = await Promise.all([
    db().registration.findMany({
      where: { editionId, status: "confirmed", githubUsername: { not: null } },
      select: { id: true, githubUsername: true },
      orderBy: { id: "asc" },
    }),
    db().outcome.findMany({ where: { editionId, url: { not: null } }, select: { url: true } }),
  ]);
  const known = new Set(recorded.map((outcome) => outcome.url));
  const window = { from: edition.startsOn, to: new Date(edition.endsOn.getTime() + AFTER_THE_SPRINT_MS) };
  for (const attendee of attendees) {
    const answer = await searchPullRequests(
      attendee.githubUsername!,
      edition.outcomeRepositories,
      window,
      services,
      options.fetchImpl,
    );
    if (!answer.ok && answer.problem === "rate-limited") {
      report.rateLimited = answer.message;
      await db().edition.update({
        where: { id: editionId },
        data: {
          pullRequestSearchPausedUntil: answer.retryAt ?? new Date(now.getTime() + 60 * 60_000),
          pullRequestSearchProblem: answer.message,
        },
      });
      break;
    }
    if (!answer.ok) {
      report.problems.push(answer.message);
      continue;
    }
    report.searched += 1;
    report.found += answer.pulls.length;
    const fresh = answer.pulls.filter((pull) => !known.has(pull.url));
    const created = await db().pullRequestProposal.createMany({
      data: fresh.map((pull) => ({
        editionId,
        registrationId: attendee.id,
        url: pull.url,
        title: pull.title,
        status: pull.status,
        ticket: ticketReference(pull.title),
        openedAt: pull.openedAt,
        createdAt: now,
      })),
      skipDuplicates: true,
    });
    report.proposed += created.count;
  }
  if (!report.rateLimited)
    await db().edition.update({
      where: { id: editionId },
      data: {
        pullRequestsSearchedAt: now,
        pullRequestSearchPausedUntil: null,
        pullRequestSearchProblem: report.problems[0] ?? null,
      },
    });
  if (report.rateLimited || report.problems.length > 0)
    log.warn("outcomes.pull-request-search", {
      searched: report.searched,
      problems: report.problems.length,
      rateLimited: Boolean(report.rateLimited),
    });
  return report;
}

/**
 * The schedule (housekeeping): editions from their first day until OUTCOME_REFRESH_WEEKS after
 * their last, each about every six hours, unless GitHub asked us to wait. Returns the proposals made.
 */
export async function discoverDuePullRequests(options: Options = {}): Promise<number> {
  const clock = options.clock ?? appClock();
  const now = clock.now();
  const due = await db().edition.findMany({
    where: {
      startsOn: { lte: now },
      endsOn: { gte: new Date(now.getTime() - env().outcomes.refreshWeeks * 7 * DAY_MS) },
      registrations: { some: { status: "confirmed", githubUsername: { not: null } } },
      AND: [
        {
          OR: [
            { pullRequestsSearchedAt: null },
            { pullRequestsSearchedAt: { lt: new Date(now.getTime() - SEARCH_EVERY_MS) } },
          ],
        },
        { OR: [{ pullRequestSearchPausedUntil: null }, { pullRequestSearchPausedUntil: { lte: now } }] },
      ],
    },
    select: { id: true },
    take: 5,
  });
  let proposed = 0;
  for (const edition of due) proposed += (await discoverPullRequests(edition.id, { ...options, clock })).proposed;
  return proposed;
}
