// What organizers read when the journal's use cases answer with a problem code.

export type TimelineProblem =
  | { problem: "slow-down"; host: string }
  | { problem: "refused"; host: string; status: number; hashtag: string }
  | { problem: "unreadable"; host: string; detail: string }
  | { problem: "not-mastodon"; host: string };

export function describeTimelineProblem(failure: TimelineProblem): string {
  switch (failure.problem) {
    case "slow-down":
      return `${failure.host} asked us to slow down; try again in a few minutes.`;
    case "refused":
      return `${failure.host} answered ${failure.status} for #${failure.hashtag}.`;
    case "unreadable":
      return `${failure.host} could not be read (${failure.detail}).`;
    case "not-mastodon":
      return `${failure.host} did not answer like a Mastodon server.`;
  }
}

export type PostProblem = "post-gone" | "post-removed";

export const POST_PROBLEMS: Record<PostProblem, string> = {
  "post-gone": "That post no longer exists.",
  "post-removed": "That post was removed.",
};

export const POST_DECISIONS_DONE = {
  publish: "Published on the edition page.",
  unpublish: "Back in review: no longer shown.",
  remove: "Removed for good.",
} as const;
