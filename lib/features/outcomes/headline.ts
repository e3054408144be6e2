import type { OutcomeKind, OutcomeStatus } from "../../generated/prisma/enums";
import { count } from "../../platform/text/count";

/** What sponsors, hosts and future attendees look for first, as the site counts it. */
export type Headline = {
  /** null: not counted on this site (nobody registered for the edition here). */
  people: number | null;
  firstTimers: number | null;
  pullRequests: { opened: number; merged: number; closed: number };
  tickets: number;
};

/** Figures organizers reported for an edition (one held before the site); null where not known. */
export type Reported = {
  people: number | null;
  firstTimers: number | null;
  pullRequests: { opened: number | null; merged: number | null; closed: number | null };
};

export type HeadlineOutcome = { kind: OutcomeKind; status: OutcomeStatus; ticket: number | null };

/**
 * An edition's headline: its confirmed people and first-time contributors (as they answered at
 * registration), its pull requests by status, and its tickets: ticket outcomes, and the Trac
 * tickets pull requests name, each once.
 */
export function headlineOf(
  people: { people: number | null; firstTimers: number | null },
  outcomes: readonly HeadlineOutcome[],
) {
  const pulls = outcomes.filter((outcome) => outcome.kind === "pull_request");
  const named = new Set(outcomes.filter((o) => o.kind !== "ticket" && o.ticket !== null).map((o) => o.ticket));
  return {
    ...people,
    pullRequests: {
      opened: pulls.length,
      merged: pulls.filter((pull) => pull.status === "merged").length,
      closed: pulls.filter((pull) => pull.status === "closed").length,
    },
    tickets: outcomes.filter((outcome) => outcome.kind === "ticket").length + named.size,
  } satisfies Headline;
}

/** Adds counted figures; "not counted" stays so only when no edition counted it. */
const addCounted = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/** Several editions' headlines added up (the series page). */
export function sumHeadlines(all: readonly Headline[]): Headline {
  return all.reduce<Headline>(
    (sum, one) => ({
      people: addCounted(sum.people, one.people),
      firstTimers: addCounted(sum.firstTimers, one.firstTimers),
      pullRequests: {
        opened: sum.pullRequests.opened + one.pullRequests.opened,
        merged: sum.pullRequests.merged + one.pullRequests.merged,
        closed: sum.pullRequests.closed + one.pullRequests.closed,
      },
      tickets: sum.tickets + one.tickets,
    }),
    { people: null, firstTimers: null, pullRequests: { opened: 0, merged: 0, closed: 0 }, tickets: 0 },
  );
}

type ReportedColumns = {
  reportedPeople: number | null;
  reportedFirstTimers: number | null;
  reportedPullRequestsOpened: number | null;
  reportedPullRequestsMerged: number | null;
  reportedPullRequestsClosed: number | null;
};

/** The edition's reported figures, or null when organizers reported none. */
export function reportedOf(edition: ReportedColumns): Reported | null {
  const reported = {
    people: edition.reportedPeople,
    firstTimers: edition.reportedFirstTimers,
    pullRequests: {
      opened: edition.reportedPullRequestsOpened,
      merged: edition.reportedPullRequestsMerged,
      closed: edition.reportedPullRequestsClosed,
    },
  };
  const any = [reported.people, reported.firstTimers, ...Object.values(reported.pullRequests)].some((v) => v !== null);
  return any ? reported : null;
}

/** Several editions' reported figures added up; a figure no edition reported stays null. */
export function sumReported(all: readonly (Reported | null)[]): Reported | null {
  const known = all.filter((one): one is Reported => one !== null);
  if (known.length === 0) return null;
  const add = (pick: (one: Reported) => number | null) => {
    const values = known.map(pick).filter((v): v is number => v !== null);
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
  };
  return {
    people: add((one) => one.people),
    firstTimers: add((one) => one.firstTimers),
    pullRequests: {
      opened: add((one) => one.pullRequests.opened),
      merged: add((one) => one.pullRequests.merged),
      closed: add((one) => one.pullRequests.closed),
    },
  };
}

/** "14 people, 5 first-time contributors, 5 pull requests opened (1 merged, 1 closed)." */
export function describeReported(reported: Reported): string {
  const parts = [
    reported.people !== null && count(reported.people, "person", "people"),
    reported.firstTimers !== null && count(reported.firstTimers, "first-time contributor"),
    reported.pullRequests.opened !== null &&
      `${count(reported.pullRequests.opened, "pull request")} opened` +
        (reported.pullRequests.merged !== null || reported.pullRequests.closed !== null
          ? ` (${[
              reported.pullRequests.merged !== null && `${reported.pullRequests.merged} merged`,
              reported.pullRequests.closed !== null && `${reported.pullRequests.closed} closed`,
            ]
              .filter(Boolean)
              .join(", ")})`
          : ""),
  ].filter(Boolean);
  return `${parts.join(", ")}.`;
}
