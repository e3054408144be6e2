import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { claimsOnProposals, creditedByClaim } from "./claimed-tickets";
import { decideProposal, type ProposalDecisionInput } from "./proposals";

/**
 * Organizers accept (or set aside) found pull requests of an edition, several at once. `worked`
 * holds "proposalId:registrationId" pairs: for a pull request on a table's claimed ticket, the
 * people at that table ticked as having worked on it.
 */
export async function decidePullRequests(
  organizer: Organizer,
  editionId: string,
  proposalIds: string[],
  decision: ProposalDecisionInput,
  clock: Clock = appClock(),
  worked: readonly string[] = [],
): Promise<number> {
  const now = clock.now();
  const claims = decision === "accept" ? await claimsOnProposals(proposalIds) : new Map();
  const tickedFor = (proposalId: string) =>
    worked.flatMap((pair) => (pair.startsWith(`${proposalId}:`) ? [pair.slice(proposalId.length + 1)] : []));
  return db().$transaction(async (tx) => {
    const own = await tx.pullRequestProposal.findMany({
      where: { id: { in: proposalIds }, editionId },
      select: { id: true },
    });
    let decided = 0;
    for (const proposal of own) {
      const credited = creditedByClaim(claims.get(proposal.id), tickedFor(proposal.id));
      if (await decideProposal(tx, proposal.id, decision, null, now, credited)) decided += 1;
    }
    if (decided > 0)
      await audit(organizer, `pull-requests.${decision}`, `edition:${editionId}`, { count: decided }, { tx, clock });
    return decided;
  });
}
