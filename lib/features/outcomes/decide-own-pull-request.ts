import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { attendeeOf, type OutcomeChange } from "./changes";
import { claimsOnProposals, creditedByClaim } from "./claimed-tickets";
import { decideProposal, type ProposalDecisionInput } from "./proposals";

/**
 * An attendee adds a pull request found for them to what they worked on, or says it was not from
 * the sprint. For a pull request on their table's claimed ticket, `worked` names who at the table
 * worked on it with them; a personal claim credits its claimant.
 */
export async function decideOwnPullRequest(
  token: string,
  proposalId: string,
  decision: ProposalDecisionInput,
  clock: Clock = appClock(),
  worked: readonly string[] = [],
): Promise<{ ok: true } | Extract<OutcomeChange, { ok: false }>> {
  const now = clock.now();
  const claim = decision === "accept" ? (await claimsOnProposals([proposalId])).get(proposalId) : undefined;
  return db().$transaction(async (tx) => {
    const found = await attendeeOf(tx, token, now);
    if (!found.ok) return found;
    const proposal = await tx.pullRequestProposal.findFirst({
      where: { id: proposalId, registrationId: found.registration.id },
      select: { id: true },
    });
    const credited = creditedByClaim(claim, worked);
    if (!proposal || !(await decideProposal(tx, proposal.id, decision, found.registration.id, now, credited)))
      return { ok: false, problem: proposal ? "proposal-decided" : "not-yours" };
    return { ok: true };
  });
}
