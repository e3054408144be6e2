"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireOrganizer } from "@/lib/auth/require-organizer";
import { submittedValues, validatedAction, type FormState } from "@/lib/forms/action-state";
import { draftEditionFromProposal, reviewProposal } from "@/lib/services/host-proposals";
import { ProposalReviewSchema } from "@/lib/validation/host-proposal";

export async function reviewProposalAction(
  proposalId: string,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const organizer = await requireOrganizer();
  return validatedAction(ProposalReviewSchema, async (review) => {
    const outcome = await reviewProposal(organizer, proposalId, review);
    if (!outcome.ok) return { status: "error", message: outcome.message, values: submittedValues(formData) };
    revalidatePath("/admin/proposals", "layout");
    return { status: "success", message: outcome.message, values: submittedValues(formData) };
  })(previous, formData);
}

export async function draftEditionAction(proposalId: string): Promise<FormState> {
  const organizer = await requireOrganizer();
  const outcome = await draftEditionFromProposal(organizer, proposalId);
  if (!outcome.ok) return { status: "error", message: outcome.message };
  revalidatePath("/admin", "layout");
  redirect(`/admin/editions/${outcome.editionId}`);
}
