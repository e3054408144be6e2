import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { env } from "../../platform/env";
import { log } from "../../platform/log";
import type { StatusServices } from "./fetch-status";
import { linkProposalsToClaims } from "./claimed-tickets";
import { githubClashes } from "./github-clashes";
import { searchBudget, type SearchBudget } from "./search-budget";
import { dueThisRound } from "./search-round";
import { searchOneAttendee } from "./search-one-attendee";

export type DiscoveryReport = {
  /** Attendees whose every page was read in this run. */
  searched: number;
  found: number;
  /** New proposals: found, not yet recorded as outcomes, never proposed before. */
  proposed: number;
  /** Undecided proposals linked to the board's claim on the ticket they name. */
  linkedToClaims: number;
  /** Set when GitHub refused a search (its limit used up): the search waits until it resets. */
  rateLimited: string | null;
  /** Attendees this round has still to search: the run stopped at the search's per-minute limit. */
  waiting: number;
  /** When the next run may go on (GitHub's search limit comes back); null once the round is done. */
  resumesAt: Date | null;
  /** GitHub usernames that more than one registration gave: nobody is searched for them. */
  clashes: string[];
  problems: string[];
};

type Options = {
  clock?: Clock;
  services?: Pick<StatusServices, "githubApiUrl" | "githubToken">;
  fetchImpl?: typeof fetch;
  /** GitHub's per-minute search limit, shared by the editions of one scheduled run. */
  budget?: SearchBudget;
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
 *
 * A round searches everyone once, those searched least recently first. GitHub's search answers
 * only 10 requests a minute (30 with a token), so a run stops when the minute's are spent and
 * the edition waits until they come back; the next run goes on with whoever is left.
 */
export async function discoverPullRequests(editionId: string, options: Options = {}): Promise<DiscoveryReport> {
  const clock = options.clock ?? appClock();
  const services = options.services ?? env().outcomes;
  const budget = options.budget ?? searchBudget(Boolean(services.githubToken));
  const report: DiscoveryReport = {
    searched: 0,
    found: 0,
    proposed: 0,
    linkedToClaims: 0,
    rateLimited: null,
    waiting: 0,
    resumesAt: null,
    clashes: [],
    problems: [],
  };
  const edition = await db().edition.findUnique({
    where: { id: editionId },
    select: {
      startsOn: true,
      endsOn: true,
      outcomeRepositories: true,
      pullRequestsSearchedAt: true,
      pullRequestSearchPausedUntil: true,
      pullRequestSearchProblem: true,
    },
  });
  if (!edition || edition.outcomeRepositories.length === 0) return report;
  const paused = edition.pullRequestSearchPausedUntil && edition.pullRequestSearchPausedUntil > clock.now();
  if (paused) budget.refuse(edition.pullRequestSearchPausedUntil, clock.now());
  const [attendees, recorded] = await Promise.all([
    db().registration.findMany({
      where: { editionId, status: "confirmed", githubUsername: { not: null } },
      select: { id: true, githubUsername: true, githubSearchedAt: true, githubSearchPage: true },
      orderBy: [{ githubSearchedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    }),
    db().outcome.findMany({ where: { editionId, url: { not: null } }, select: { url: true } }),
  ]);
  const clashes = githubClashes(attendees);
  report.clashes = clashes.map((clash) => clash.username);
  const clashing = new Set(clashes.flatMap((clash) => clash.holders.map((holder) => holder.id)));
  // What was proposed before the clash appeared is withdrawn too: organizers decide whose it is.
  if (clashing.size > 0)
    await db().pullRequestProposal.deleteMany({
      where: { registrationId: { in: [...clashing] }, decision: "pending" },
    });
  const lastRound = edition.pullRequestsSearchedAt;
  const due = attendees.filter(
    (attendee) => !clashing.has(attendee.id) && dueThisRound(attendee.githubSearchedAt, lastRound),
  );
  const context = {
    editionId,
    repositories: edition.outcomeRepositories,
    window: { from: edition.startsOn, to: new Date(edition.endsOn.getTime() + AFTER_THE_SPRINT_MS) },
    known: new Set(recorded.map((outcome) => outcome.url)),
    budget,
    clock,
    services,
    fetchImpl: options.fetchImpl,
  };
  for (const [index, attendee] of due.entries()) {
    const search = await searchOneAttendee(context, { ...attendee, githubUsername: attendee.githubUsername! });
    report.found += search.found;
    report.proposed += search.proposed;
    if (search.outcome === "searched") report.searched += 1;
    if (search.outcome === "failed") report.problems.push(search.problem);
    if (search.outcome === "stopped") {
      report.rateLimited = search.rateLimited ?? (paused ? edition.pullRequestSearchProblem : null);
      report.waiting = due.length - index;
      report.resumesAt = budget.resumesAt();
      break;
    }
  }
  // Also links what earlier runs proposed to claims made since.
  report.linkedToClaims = await linkProposalsToClaims(editionId);
  await db().edition.update({
    where: { id: editionId },
    data: report.waiting
      ? { pullRequestSearchPausedUntil: report.resumesAt, pullRequestSearchProblem: report.rateLimited }
      : {
          pullRequestsSearchedAt: clock.now(),
          pullRequestSearchPausedUntil: null,
          pullRequestSearchProblem: report.problems[0] ?? null,
        },
  });
  if (report.rateLimited || report.problems.length > 0 || report.clashes.length > 0)
    log.warn("outcomes.pull-request-search", {
      searched: report.searched,
      problems: report.problems.length,
      clashes: report.clashes.length,
      rateLimited: Boolean(report.rateLimited),
    });
  return report;
}

/**
 * The schedule (housekeeping): editions from their first day until OUTCOME_REFRESH_WEEKS after
 * their last, each about every six hours, and a round that stopped at GitHub's per-minute limit
 * as soon as the limit comes back. Returns the proposals made.
 */
export async function discoverDuePullRequests(options: Options = {}): Promise<number> {
  const clock = options.clock ?? appClock();
  const services = options.services ?? env().outcomes;
  const budget = options.budget ?? searchBudget(Boolean(services.githubToken));
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
            // A round that stopped at the limit: it goes on once the pause is over.
            { pullRequestSearchPausedUntil: { not: null } },
          ],
        },
        { OR: [{ pullRequestSearchPausedUntil: null }, { pullRequestSearchPausedUntil: { lte: now } }] },
      ],
    },
    select: { id: true },
    orderBy: [{ pullRequestSearchPausedUntil: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: 5,
  });
  let proposed = 0;
  for (const edition of due) {
    if (!budget.canAsk(clock.now())) break;
    proposed += (await discoverPullRequests(edition.id, { ...options, clock, services, budget })).proposed;
  }
  return proposed;
}
