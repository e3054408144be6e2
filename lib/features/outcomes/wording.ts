import { SEARCHES_PER_MINUTE } from "./search-budget";

const time = (at: Date) => at.toISOString().slice(11, 16);

/** What organizers read about the pull request search; the services answer counts and codes. */
export const DISCOVERY_WORDING = {
  incomplete: (username: string) =>
    `GitHub's search gave up early for ${username} (incomplete results): searched again first next time.`,
  continuesAt: (at: Date) =>
    `GitHub's search answers ${SEARCHES_PER_MINUTE.anonymous} requests a minute (${SEARCHES_PER_MINUTE.withToken} with GITHUB_TOKEN): the search goes on from where it stopped after ${time(at)} UTC.`,
  waiting: (count: string) => `${count} still to search in this round.`,
  linkedToClaims: (linked: number) =>
    `${linked === 1 ? "1 pull request names" : `${linked} pull requests name`} a ticket claimed on the board: see below.`,
  clashHeading: "GitHub usernames given twice",
  clashIntro:
    "These GitHub usernames were given by more than one registration, so nobody is searched or proposed anything for them until you decide whose they are:",
  keepFor: (name: string) => `It is ${name}'s`,
  kept: (username: string, name: string) =>
    `${username} is now ${name}'s alone; the others' registrations no longer name it. It is searched on the next run.`,
} as const;

export type ClashProblem = "not-a-clash";

export const CLASH_PROBLEMS: Record<ClashProblem, string> = {
  "not-a-clash": "That username is no longer given by two registrations: reload the page.",
};
