import type { Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import type { StatusServices } from "./fetch-status";
import type { SearchBudget } from "./search-budget";
import { LAST_PAGE, searchPullRequests, type FoundPullRequest } from "./search-pull-requests";
import { ticketReference } from "./ticket-reference";
import { DISCOVERY_WORDING } from "./wording";

export type SearchContext = {
  editionId: string;
  repositories: readonly string[];
  window: { from: Date; to: Date };
  known: ReadonlySet<string | null>;
  budget: SearchBudget;
  clock: Clock;
  services: Pick<StatusServices, "githubApiUrl" | "githubToken">;
  fetchImpl?: typeof fetch;
};

type Attendee = { id: string; githubUsername: string; githubSearchPage: number | null };

export type AttendeeSearch = { found: number; proposed: number } & (
  | { outcome: "searched" }
  /** The minute's budget ran out (or GitHub refused): the cursor keeps the page to go on from. */
  | { outcome: "stopped"; rateLimited: string | null }
  /** Not searched this time; the person keeps their place at the front. */
  | { outcome: "failed"; problem: string }
);

/**
 * Reads every page of one attendee's search, from the page a stopped run left, proposing what
 * each page holds. Marks the person searched only once the last page is read.
 */
export async function searchOneAttendee(context: SearchContext, attendee: Attendee): Promise<AttendeeSearch> {
  const { budget, clock } = context;
  let page = attendee.githubSearchPage ?? 1;
  let found = 0;
  let proposed = 0;
  const saveCursor = (data: { githubSearchPage: number | null; githubSearchedAt?: Date }) =>
    db().registration.update({ where: { id: attendee.id }, data });
  for (;;) {
    if (!budget.canAsk(clock.now())) {
      await saveCursor({ githubSearchPage: page });
      return { outcome: "stopped", rateLimited: null, found, proposed };
    }
    const answer = await searchPullRequests(
      { author: attendee.githubUsername, repositories: context.repositories, window: context.window, page },
      context.services,
      clock.now(),
      context.fetchImpl,
    );
    if (!answer.ok && answer.problem === "rate-limited") {
      budget.refuse(answer.retryAt, clock.now());
      await saveCursor({ githubSearchPage: page });
      return { outcome: "stopped", rateLimited: answer.message, found, proposed };
    }
    if (!answer.ok) {
      // GitHub counts a failed search against the minute too, as far as we can tell.
      budget.spend(null, clock.now());
      return { outcome: "failed", problem: answer.message, found, proposed };
    }
    budget.spend(answer.rate, clock.now());
    found += answer.pulls.length;
    proposed += await propose(context, attendee.id, answer.pulls);
    if (answer.incomplete) {
      await saveCursor({ githubSearchPage: null });
      return { outcome: "failed", problem: DISCOVERY_WORDING.incomplete(attendee.githubUsername), found, proposed };
    }
    if (!answer.hasNext || page >= LAST_PAGE) break;
    page += 1;
  }
  await saveCursor({ githubSearchPage: null, githubSearchedAt: clock.now() });
  return { outcome: "searched", found, proposed };
}

async function propose(
  context: SearchContext,
  registrationId: string,
  pulls: readonly FoundPullRequest[],
): Promise<number> {
  const fresh = pulls.filter((pull) => !context.known.has(pull.url));
  if (fresh.length === 0) return 0;
  const created = await db().pullRequestProposal.createMany({
    data: fresh.map((pull) => ({
      editionId: context.editionId,
      registrationId,
      url: pull.url,
      title: pull.title,
      status: pull.status,
      ticket: ticketReference(pull.title),
      openedAt: pull.openedAt,
      createdAt: context.clock.now(),
    })),
    skipDuplicates: true,
  });
  return created.count;
}
