"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { organizerAction } from "@/lib/platform/forms/organizer-action";
import {
  draftEditionFromProposal,
  reviewProposal,
  PROPOSAL_PROBLEMS,
  ProposalReviewSchema,
} from "@/lib/features/host-proposals";

export const reviewProposalAction = organizerAction(
  ProposalReviewSchema,
  (proposalId: string) =>
    async ({ organizer, input }) => {
      const outcome = await reviewProposal(organizer, proposalId, input);
      if (!outcome.ok) return { status: "error", message: PROPOSAL_PROBLEMS[outcome.problem] };
      revalidatePath("/admin/proposals", "layout");
      return { status: "success", message: "Saved.", keepValues: true };
    },
);

export const draftEditionAction = organizerAction(null, (proposalId: string) => async ({ organizer }) => {
  const outcome = await draftEditionFromProposal(organizer, proposalId);
  if (!outcome.ok) return { status: "error", message: PROPOSAL_PROBLEMS[outcome.problem] };
  revalidatePath("/admin", "layout");
  redirect(`/admin/editions/${outcome.editionId}`);
});
