import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { decideProposal, type ProposalDecisionInput } from "./proposals";

/** Organizers accept (or set aside) found pull requests of an edition, several at once. */
export async function decidePullRequests(
  organizer: Organizer,
  editionId: string,
  proposalIds: string[],
  decision: ProposalDecisionInput,
  clock: Clock = appClock(),
): Promise<number> {
  const now = clock.now();
  return db().$transaction(async (tx) => {
    const own = await tx.pullRequestProposal.findMany({
      where: { id: { in: proposalIds }, editionId },
      select: { id: true },
    });
    let decided = 0;
    for (const proposal of own) if (await decideProposal(tx, proposal.id, decision, null, now)) decided += 1;
    if (decided > 0)
      await audit(organizer, `pull-requests.${decision}`, `edition:${editionId}`, { count: decided }, { tx, clock });
    return decided;
  });
}
