/**
 * Whether a round of the search has still to reach this person: never searched, or searched
 * in a round that has finished (one that stopped at GitHub's limit has not).
 */
export const dueThisRound = (personSearchedAt: Date | null, lastRoundEndedAt: Date | null) =>
  personSearchedAt === null || (lastRoundEndedAt !== null && personSearchedAt <= lastRoundEndedAt);
