import type { Prisma } from "../../generated/prisma/client";
import { recordStatus } from "./status-history";

type Tx = Prisma.TransactionClient;
export type ProposalDecisionInput = "accept" | "reject";

/**
 * Decides one pending proposal: accepted, it becomes a pull-request outcome credited to the
 * attendee it was found for and to `alsoCredited` (what its claim on the board credits: see
 * claimed-tickets.ts), its status then refreshing with the others; rejected ("not from the
 * sprint"), it stays on record so no later search proposes it again. Returns false when the
 * proposal is gone or already decided.
 */
export async function decideProposal(
  tx: Tx,
  proposalId: string,
  decision: ProposalDecisionInput,
  addedById: string | null,
  now: Date,
  alsoCredited: readonly string[] = [],
): Promise<boolean> {
  const claimed = await tx.pullRequestProposal.updateMany({
    where: { id: proposalId, decision: "pending" },
    data: { decision: decision === "accept" ? "accepted" : "rejected", decidedAt: now },
  });
  if (claimed.count === 0) return false;
  if (decision === "reject") return true;
  const proposal = await tx.pullRequestProposal.findUniqueOrThrow({ where: { id: proposalId } });
  // Recorded meanwhile by hand (same link): the proposal points at that outcome instead.
  const existing = await tx.outcome.findFirst({
    where: { editionId: proposal.editionId, url: proposal.url },
    select: { id: true },
  });
  const outcome =
    existing ??
    (await tx.outcome.create({
      data: {
        editionId: proposal.editionId,
        kind: "pull_request",
        title: proposal.title,
        url: proposal.url,
        status: proposal.status,
        ticket: proposal.ticket,
        addedById,
        createdAt: now,
        updatedAt: now,
      },
      select: { id: true },
    }));
  await tx.outcomeContributor.createMany({
    data: [proposal.registrationId, ...alsoCredited].map((registrationId) => ({
      outcomeId: outcome.id,
      registrationId,
    })),
    skipDuplicates: true,
  });
  if (!existing) await recordStatus(tx, outcome.id, proposal.status, now);
  await tx.pullRequestProposal.update({ where: { id: proposalId }, data: { outcomeId: outcome.id } });
  return true;
}
