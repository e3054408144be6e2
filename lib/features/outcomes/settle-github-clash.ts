import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import type { ClashProblem } from "./wording";

export type SettledClash = { ok: true; username: string; name: string } | { ok: false; problem: ClashProblem };

/**
 * An organizer decides whose a GitHub username given by several confirmed registrations of one
 * edition is: the others' registrations stop naming it, and the search takes it up again for
 * the one kept. Audited in the same transaction.
 */
export async function settleGitHubClash(
  organizer: Organizer,
  editionId: string,
  keptRegistrationId: string,
  clock: Clock = appClock(),
): Promise<SettledClash> {
  return db().$transaction(async (tx) => {
    const kept = await tx.registration.findFirst({
      where: { id: keptRegistrationId, editionId, status: "confirmed", githubUsername: { not: null } },
      select: { name: true, githubUsername: true },
    });
    if (!kept?.githubUsername) return { ok: false, problem: "not-a-clash" };
    const others = await tx.registration.updateMany({
      where: {
        editionId,
        status: "confirmed",
        id: { not: keptRegistrationId },
        githubUsername: { equals: kept.githubUsername, mode: "insensitive" },
      },
      data: { githubUsername: null, githubSearchedAt: null, githubSearchPage: null },
    });
    if (others.count === 0) return { ok: false, problem: "not-a-clash" };
    await audit(
      organizer,
      "pull-requests.settle-username",
      `registration:${keptRegistrationId}`,
      { username: kept.githubUsername, cleared: others.count },
      { tx, clock },
    );
    return { ok: true, username: kept.githubUsername, name: kept.name };
  });
}
